package io.throughline.prepform.command;

import java.time.Instant;
import java.util.Objects;

/**
 * The client's {@code POST /prep-forms}: creates the form, or fills in the one that already exists
 * under this id. {@code sessionId} may be null; when given, {@code prepFormId} must be
 * {@link PrepFormKey#forSession}.
 */
public record DraftPrepForm(
        String prepFormId, String orgId, String clientId, String sessionId, Answers answers, Instant at)
        implements PrepFormCommand {

    public DraftPrepForm {
        Objects.requireNonNull(prepFormId, "prepFormId");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(at, "at");
    }
}
