package io.throughline.prepform.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.throughline.platform.web.FreeText;
import io.throughline.prepform.command.Answers;

/**
 * The five answers of the default form, each optional free text. A key not among them is refused
 * (400) rather than dropped, so a misspelt answer is not silently lost.
 */
@Schema(
        description = "The answers of the default form; each is optional free text of at most 2,000 characters."
                + " Other keys are refused.")
record AnswersRequest(
        @Schema(description = "Accomplished since the last session") @FreeText
        String wins,

        @Schema(description = "Intended but didn't") @FreeText
        String notDone,

        @Schema(description = "Learned about myself and others") @FreeText
        String learned,

        @Schema(description = "Challenges to address") @FreeText
        String challenges,

        @Schema(description = "I want to use this session to…; needed to submit") @FreeText
        String sessionIntent) {

    Answers toAnswers() {
        return new Answers(wins, notDone, learned, challenges, sessionIntent);
    }
}
