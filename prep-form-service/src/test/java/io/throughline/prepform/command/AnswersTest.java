package io.throughline.prepform.command;

import static io.throughline.prepform.PrepFormMother.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswersTest {

    @Test
    void keysTheAnswersAsThePublishedEventDoes() {
        assertThat(answers().asMap()).containsOnlyKeys("wins", "notDone", "learned", "challenges", "sessionIntent");
    }

    @Test
    void leavesUnansweredQuestionsOutOfTheMap() {
        assertThat(new Answers(null, null, null, "My team", "Sort it out").asMap())
                .isEqualTo(Map.of("challenges", "My team", "sessionIntent", "Sort it out"));
    }

    @Test
    void comesBackUnchangedFromItsMap() {
        assertThat(Answers.of(answers().asMap())).isEqualTo(answers());
    }

    @Test
    void acceptsAnAnswerOfTwoThousandCharacters() {
        assertThat(new Answers("x".repeat(2_000), null, null, null, null).wins())
                .hasSize(2_000);
    }

    @Test
    void rejectsAnAnswerLongerThanTwoThousandCharacters() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Answers(null, null, null, null, "x".repeat(2_001)));
    }

    @Test
    void hasNoSessionIntentWhenItIsBlank() {
        assertThat(new Answers(null, null, null, null, " \n").hasSessionIntent())
                .isFalse();
    }
}
