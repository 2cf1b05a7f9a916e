package io.throughline.analytics.attention;

import io.throughline.analytics.trends.Fraction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule reads from a person's sessions up to one of them: whether there is enough evidence,
 * whether its raise and its clear conditions hold, and the sentence with its figures and evidence.
 */
record Reading(
        boolean enough,
        boolean raise,
        boolean clear,
        Fraction value,
        Fraction threshold,
        Map<String, Double> values,
        String sentence,
        List<Evidence> evidence) {

    static final String NOT_ENOUGH = "not enough sessions";

    static Reading notEnough() {
        return new Reading(false, false, false, null, null, Map.of(), NOT_ENOUGH, List.of());
    }

    /** Figures in sentences: at most three decimals, half up, without trailing zeros (8/3 reads 2.667). */
    static String format(Fraction value) {
        return BigDecimal.valueOf(value.numerator())
                .divide(BigDecimal.valueOf(value.denominator()), 3, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** Named figures for the answer's {@code values}, in the order given. */
    static Map<String, Double> values(Object... namesAndFractions) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndFractions.length; i += 2) {
            Object value = namesAndFractions[i + 1];
            if (value != null) {
                values.put(
                        (String) namesAndFractions[i],
                        value instanceof Fraction fraction ? fraction.toDouble() : ((Number) value).doubleValue());
            }
        }
        return values;
    }
}
