package io.throughline.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.platform.rules.RuleViolation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LatestEventTimeTest {

    private static final Instant TEN = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2026-11-23T11:00:00Z");

    @Test
    void admitsAnyTimeBeforeTheFirstEvent() {
        assertThatCode(() -> LatestEventTime.NONE.admit(Instant.EPOCH)).doesNotThrowAnyException();
    }

    @Test
    void admitsTheSameInstantAsTheLatestEvent() {
        assertThatCode(() -> LatestEventTime.NONE.after(TEN).admit(TEN)).doesNotThrowAnyException();
    }

    @Test
    void refusesATimeBeforeTheLatestEvent() {
        assertThatThrownBy(() -> LatestEventTime.NONE.after(TEN).admit(TEN.minusSeconds(1)))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo(BusinessTimeRule.NOT_BEFORE_PREVIOUS_EVENT))
                .hasMessageContaining("NOT_BEFORE_PREVIOUS_EVENT");
    }

    @Test
    void keepsTheLatestTimeWhenAnEventCarriesAnEarlierCausesTime() {
        assertThat(LatestEventTime.NONE.after(ELEVEN).after(TEN)).isEqualTo(new LatestEventTime(ELEVEN));
    }
}
