package io.throughline.prepform.command;

import java.time.Instant;
import java.util.Objects;

public record SubmitPrepForm(String prepFormId, String orgId, Instant at) implements PrepFormCommand {

    public SubmitPrepForm {
        Objects.requireNonNull(prepFormId, "prepFormId");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(at, "at");
    }
}
