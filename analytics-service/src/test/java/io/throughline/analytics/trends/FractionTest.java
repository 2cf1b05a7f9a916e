package io.throughline.analytics.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FractionTest {

    @Test
    void comparesExactlyWhereDoublesDoNot() {
        assertThat(8.0 / 3 >= 5.0 / 3 + 1).as("in doubles").isFalse();
        assertThat(Fraction.of(8, 3).isAtLeast(Fraction.of(5, 3).plus(Fraction.whole(1))))
                .isTrue();
    }

    @Test
    void readsDecimalThresholdsFromTheirDigits() {
        assertThat(Fraction.decimal(0.2)).isEqualTo(Fraction.of(1, 5));
        assertThat(Fraction.decimal(0.70)).isEqualTo(Fraction.of(7, 10));
        assertThat(Fraction.decimal(1.5)).isEqualTo(Fraction.of(3, 2));
        assertThat(Fraction.decimal(28)).isEqualTo(Fraction.whole(28));
        assertThat(Fraction.of(1, 5).isAtLeast(Fraction.decimal(0.20))).isTrue();
    }

    @Test
    void keepsLowestTermsWithAPositiveDenominator() {
        assertThat(Fraction.of(6, -4)).isEqualTo(new Fraction(-3, 2));
        assertThat(Fraction.of(0, 7)).isEqualTo(Fraction.ZERO);
        assertThat(Fraction.of(3, 13).minus(Fraction.of(1, 4)).isBelow(Fraction.ZERO))
                .isTrue();
    }

    @Test
    void throwsRatherThanOverflow() {
        Fraction huge = Fraction.of(Long.MAX_VALUE, 3);

        assertThatThrownBy(() -> huge.plus(Fraction.of(1, 7))).isInstanceOf(ArithmeticException.class);
        assertThat(huge.compareTo(Fraction.of(Long.MAX_VALUE - 1, 3))).isPositive();
    }
}
