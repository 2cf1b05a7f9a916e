package io.throughline.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BusinessTimeTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final BusinessTime businessTime = new BusinessTime(Clock.fixed(NOW, ZoneOffset.UTC));
    private final NotTooFarAheadValidator notTooFarAhead = new NotTooFarAheadValidator(businessTime);

    @Test
    void defaultsToNow() {
        assertThat(businessTime.orNow(null)).isEqualTo(NOW);
    }

    @Test
    void keepsTheGivenTime() {
        Instant lastWeek = NOW.minusSeconds(7 * 24 * 3600);
        assertThat(businessTime.orNow(lastWeek)).isEqualTo(lastWeek);
    }

    @Test
    void toleratesFiveMinutesOfClockSkew() {
        assertThat(businessTime.isTooFarAhead(NOW.plus(BusinessTime.FUTURE_TOLERANCE)))
                .isFalse();
        assertThat(notTooFarAhead.isValid(NOW.plus(BusinessTime.FUTURE_TOLERANCE), null))
                .isTrue();
    }

    @Test
    void refusesMoreThanFiveMinutesAhead() {
        assertThat(businessTime.isTooFarAhead(
                        NOW.plus(BusinessTime.FUTURE_TOLERANCE).plusSeconds(1)))
                .isTrue();
        assertThat(notTooFarAhead.isValid(
                        NOW.plus(BusinessTime.FUTURE_TOLERANCE).plusSeconds(1), null))
                .isFalse();
    }

    @Test
    void leavesAMissingTimeToBeDefaulted() {
        assertThat(notTooFarAhead.isValid(null, null)).isTrue();
    }
}
