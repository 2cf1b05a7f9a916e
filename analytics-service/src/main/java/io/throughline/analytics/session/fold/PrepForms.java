package io.throughline.analytics.session.fold;

import java.time.Instant;
import java.util.List;

/**
 * Prep-form timing by business time: a form is late if submitted after its session started. Until
 * the session's start is known, prep-form-service's own {@code late} flag stands in.
 */
public final class PrepForms {

    private PrepForms() {}

    public static boolean late(PrepFormFacts form, Instant startedAt) {
        if (form.submitted() == null) {
            return false;
        }
        return startedAt != null
                ? form.submitted().at().isAfter(startedAt)
                : form.submitted().late();
    }

    public static boolean onTime(PrepFormFacts form, Instant startedAt) {
        return form.submitted() != null && !late(form, startedAt);
    }

    static PrepFormStatus status(List<PrepFormFacts> forms, Instant startedAt) {
        if (forms.stream().anyMatch(form -> onTime(form, startedAt))) {
            return PrepFormStatus.ON_TIME;
        }
        if (forms.stream().anyMatch(form -> form.submitted() != null)) {
            return PrepFormStatus.LATE;
        }
        return forms.stream().anyMatch(form -> form.missed() != null) ? PrepFormStatus.MISSED : PrepFormStatus.NONE;
    }
}
