package io.throughline.analytics.attention;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The thresholds of one rule by their names in {@link AttentionSettings} (OFF_AGREED_TOPIC's {@code raiseBelow},
 * {@code clearAtLeast}, …), read and replaced by name, so the settings' API and their stored document name them
 * alike. The rule's component of {@link AttentionSettings} is its name in camel case. Every replacement is checked:
 * a decimal is finite, from 0 to {@value #MAX}, with at most {@value #DECIMALS} decimals (so comparisons stay exact
 * fractions); a whole number (a count, days, shifts) from 1 to {@value #MAX}; a share (OFF_AGREED_TOPIC,
 * SILENT_DRIFT) at most 1; and a clear threshold never on the raising side of its raise threshold, where both hold
 * at once: SIDETRACKS_RISING clearBy ≤ raiseBy and clearBelow ≤ raiseAtLeast, OFF_AGREED_TOPIC raiseBelow ≤
 * clearAtLeast, PARKED_TOPIC_RETURNS clear ≤ raiseAtLeast, SILENT_DRIFT clearBelow ≤ raiseAtLeast,
 * AGREEMENT_SLOWER clearBelow ≤ raiseFactor.
 */
public final class RuleThresholds {

    /** A threshold that cannot be used, with the field it was given for ({@code rules.RULE.name}). */
    public static final class InvalidThreshold extends IllegalArgumentException {

        private final String field;

        InvalidThreshold(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    static final int MAX = 10_000;
    static final int DECIMALS = 4;
    private static final Set<AttentionRule> SHARES =
            EnumSet.of(AttentionRule.OFF_AGREED_TOPIC, AttentionRule.SILENT_DRIFT);

    private RuleThresholds() {}

    /** The rule's thresholds, in their record's order: a Double for a decimal, an Integer for a whole number. */
    public static Map<String, Number> of(AttentionSettings settings, AttentionRule rule) {
        Record thresholds = thresholds(settings, rule);
        Map<String, Number> values = new LinkedHashMap<>();
        for (RecordComponent component : thresholds.getClass().getRecordComponents()) {
            values.put(component.getName(), (Number) get(component, thresholds));
        }
        return values;
    }

    /** The field a rule's threshold has in the settings' API: {@code rules.OFF_AGREED_TOPIC.raiseBelow}. */
    public static String field(AttentionRule rule, String name) {
        return "rules." + rule.name() + (name == null ? "" : "." + name);
    }

    /**
     * The settings with the given thresholds of {@code rule} replaced (those not named keep theirs), checked; an
     * unknown name, a value that is not a number or out of range, or an inconsistent pair is an
     * {@link InvalidThreshold}.
     */
    public static AttentionSettings with(AttentionSettings settings, AttentionRule rule, Map<String, ?> replacements) {
        Record thresholds = thresholds(settings, rule);
        RecordComponent[] components = thresholds.getClass().getRecordComponents();
        for (String name : replacements.keySet()) {
            if (Arrays.stream(components)
                    .noneMatch(component -> component.getName().equals(name))) {
                throw new InvalidThreshold(
                        field(rule, name),
                        "is not a threshold of " + rule + "; it has "
                                + Arrays.stream(components)
                                        .map(RecordComponent::getName)
                                        .toList());
            }
        }
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            values[i] = replacements.containsKey(component.getName())
                    ? value(rule, component, replacements.get(component.getName()))
                    : get(component, thresholds);
        }
        Record replaced = construct(thresholds.getClass(), types, values);
        checkConsistent(rule, replaced, replacements.keySet());
        return replace(settings, rule, replaced);
    }

    private static Object value(AttentionRule rule, RecordComponent component, Object given) {
        String field = field(rule, component.getName());
        if (!(given instanceof Number number)) {
            throw new InvalidThreshold(field, "must be a number");
        }
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(number.toString()).stripTrailingZeros();
        } catch (NumberFormatException e) {
            throw new InvalidThreshold(field, "must be a finite number");
        }
        if (component.getType() == int.class) {
            if (decimal.scale() > 0
                    || decimal.compareTo(BigDecimal.ONE) < 0
                    || decimal.compareTo(BigDecimal.valueOf(MAX)) > 0) {
                throw new InvalidThreshold(field, "must be a whole number from 1 to " + MAX);
            }
            return decimal.intValueExact();
        }
        BigDecimal max = SHARES.contains(rule) ? BigDecimal.ONE : BigDecimal.valueOf(MAX);
        if (decimal.signum() < 0 || decimal.compareTo(max) > 0) {
            throw new InvalidThreshold(field, "must be from 0 to " + max.toPlainString());
        }
        if (decimal.scale() > DECIMALS) {
            throw new InvalidThreshold(field, "must have at most " + DECIMALS + " decimals");
        }
        return decimal.doubleValue();
    }

    private static void checkConsistent(AttentionRule rule, Record thresholds, Set<String> given) {
        switch (thresholds) {
            case AttentionSettings.SidetracksRising t -> {
                notAbove(rule, given, "clearBy", t.clearBy(), "raiseBy", t.raiseBy());
                notAbove(rule, given, "clearBelow", t.clearBelow(), "raiseAtLeast", t.raiseAtLeast());
            }
            case AttentionSettings.OffAgreedTopic t ->
                notAbove(rule, given, "raiseBelow", t.raiseBelow(), "clearAtLeast", t.clearAtLeast());
            case AttentionSettings.SilentDrift t ->
                notAbove(rule, given, "clearBelow", t.clearBelow(), "raiseAtLeast", t.raiseAtLeast());
            case AttentionSettings.AgreementSlower t ->
                notAbove(rule, given, "clearBelow", t.clearBelow(), "raiseFactor", t.raiseFactor());
            case AttentionSettings.Counted t
            when rule == AttentionRule.PARKED_TOPIC_RETURNS ->
                notAbove(rule, given, "clear", t.clear(), "raiseAtLeast", t.raiseAtLeast());
            default -> {
                // the other counts' clear is a window of sessions, not a level: nothing to compare
            }
        }
    }

    /** A 400 names the threshold given: the lower one if both or neither were. */
    private static void notAbove(
            AttentionRule rule, Set<String> given, String lower, double low, String upper, double high) {
        if (low > high) {
            String field = given.contains(upper) && !given.contains(lower) ? upper : lower;
            throw new InvalidThreshold(
                    field(rule, field),
                    lower + " (" + plain(low) + ") must not be above " + upper + " (" + plain(high)
                            + "): the rule would raise and clear at once");
        }
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static Record thresholds(AttentionSettings settings, AttentionRule rule) {
        return (Record) get(component(rule), settings);
    }

    private static AttentionSettings replace(AttentionSettings settings, AttentionRule rule, Record replaced) {
        RecordComponent[] components = AttentionSettings.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = components[i].getName().equals(camel(rule)) ? replaced : get(components[i], settings);
        }
        return (AttentionSettings) construct(AttentionSettings.class, types, values);
    }

    private static RecordComponent component(AttentionRule rule) {
        String name = camel(rule);
        return Arrays.stream(AttentionSettings.class.getRecordComponents())
                .filter(component -> component.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("AttentionSettings has no component " + name));
    }

    /** SILENT_DRIFT → silentDrift. */
    static String camel(AttentionRule rule) {
        StringBuilder name = new StringBuilder();
        for (String word : rule.name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    private static Object get(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static Record construct(Class<?> type, Class<?>[] types, Object[] values) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            return (Record) constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + type.getSimpleName(), e);
        }
    }
}
