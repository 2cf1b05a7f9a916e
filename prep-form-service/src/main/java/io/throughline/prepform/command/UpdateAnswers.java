package io.throughline.prepform.command;

import java.time.Instant;
import java.util.Objects;

/** Replaces all five answers: one not given becomes unanswered. */
public record UpdateAnswers(String prepFormId, String orgId, Answers answers, Instant at) implements PrepFormCommand {

    public UpdateAnswers {
        Objects.requireNonNull(prepFormId, "prepFormId");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(at, "at");
    }
}
