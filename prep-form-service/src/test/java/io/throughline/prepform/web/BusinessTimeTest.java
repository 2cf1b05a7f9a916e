package io.throughline.prepform.web;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessTimeTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final BusinessTime time = new BusinessTime(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void takesNowWhenNoTimeIsGiven() {
        assertThat(time.resolve(null)).isEqualTo(NOW);
    }

    @Test
    void takesATimeInThePast() {
        assertThat(time.resolve(NOW.minus(Duration.ofDays(3)))).isEqualTo(NOW.minus(Duration.ofDays(3)));
    }

    @Test
    void takesATimeUpToFiveMinutesAhead() {
        assertThat(time.resolve(NOW.plus(Duration.ofMinutes(5)))).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void refusesATimeMoreThanFiveMinutesAhead() {
        assertThatThrownBy(() -> time.resolve(NOW.plus(Duration.ofMinutes(5)).plusSeconds(1)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("at"));
    }
}
