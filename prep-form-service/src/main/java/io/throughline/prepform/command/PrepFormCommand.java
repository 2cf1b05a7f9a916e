package io.throughline.prepform.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A command to one prep form. {@code at} is when it happened in business time; callers default it to now. */
public sealed interface PrepFormCommand
        permits DraftPrepForm, UpdateAnswers, SubmitPrepForm, RequestPrepForm, MarkPrepFormMissed {

    String prepFormId();

    String orgId();

    Instant at();

    @TargetAggregateIdentifier
    default PrepFormKey key() {
        return new PrepFormKey(orgId(), prepFormId());
    }
}
