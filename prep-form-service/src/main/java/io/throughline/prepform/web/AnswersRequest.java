package io.throughline.prepform.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.throughline.prepform.command.Answers;
import jakarta.validation.constraints.Size;

/**
 * The five answers of the default form, each optional free text. A key not among them is refused
 * (400) rather than dropped, so a misspelt answer is not silently lost.
 */
@Schema(description = "The answers of the default form; each is optional free text of at most 2,000 characters."
        + " Other keys are refused.")
record AnswersRequest(
        @Schema(description = "Accomplished since the last session") @Size(max = Answers.MAX_LENGTH) String wins,
        @Schema(description = "Intended but didn't") @Size(max = Answers.MAX_LENGTH) String notDone,
        @Schema(description = "Learned about myself and others") @Size(max = Answers.MAX_LENGTH) String learned,
        @Schema(description = "Challenges to address") @Size(max = Answers.MAX_LENGTH) String challenges,
        @Schema(description = "I want to use this session to…; needed to submit") @Size(max = Answers.MAX_LENGTH)
        String sessionIntent) {

    Answers toAnswers() {
        return new Answers(wins, notDone, learned, challenges, sessionIntent);
    }
}
