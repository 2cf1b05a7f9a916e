package io.throughline.analytics.flags.web;

import io.throughline.analytics.attention.AttentionRule;
import io.throughline.analytics.attention.AttentionRule.Subject;
import io.throughline.analytics.web.InvalidParameterException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;

/** Reads the attention endpoints' path and query parameters; anything else is a 400 naming the parameter. */
public final class AttentionParameters {

    /** Which flags {@code GET /attention} lists by their acknowledgement. */
    enum Acknowledged {
        FALSE,
        TRUE,
        ANY
    }

    private AttentionParameters() {}

    static Subject subjectType(String value) {
        return Arrays.stream(Subject.values())
                .filter(subject -> json(subject).equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidParameterException("subjectType", "must be client or coach"));
    }

    static String json(Subject subject) {
        return subject.name().toLowerCase(Locale.ROOT);
    }

    /** A rule's name; with a subject type, one of that type's rules. */
    static AttentionRule rule(String value, Subject subject) {
        return Arrays.stream(AttentionRule.values())
                .filter(rule -> rule.name().equals(value))
                .filter(rule -> subject == null || rule.subject() == subject)
                .findFirst()
                .orElseThrow(() -> new InvalidParameterException(
                        "rule",
                        "must be one of "
                                + Arrays.stream(AttentionRule.values())
                                        .filter(rule -> subject == null || rule.subject() == subject)
                                        .toList()));
    }

    static Acknowledged acknowledged(String value) {
        if (value == null) {
            return Acknowledged.FALSE;
        }
        return Arrays.stream(Acknowledged.values())
                .filter(option -> option.name().toLowerCase(Locale.ROOT).equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidParameterException("acknowledged", "must be false, true or any"));
    }

    /** {@code asOf} defaults to {@code now}. */
    public static Instant asOf(String value, Instant now) {
        if (value == null) {
            return now;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidParameterException(
                    "asOf", "must be a timestamp with offset (2025-12-29T00:00:00+01:00; '+' encoded as %2B)");
        }
    }
}
