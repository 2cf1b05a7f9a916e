package io.throughline.analytics.projection.model;

/**
 * The whole-number sums a rollup keeps; every figure of METRICS.md is a ratio of two of them. Times
 * are milliseconds and onAgreedTopicShare is in billionths, so sums are exact and order-free.
 * Prep-form counters are per client only.
 */
public enum Counter {
    SESSIONS(true),
    SESSIONS_ENDED(true),
    TOPIC_SHIFTS(true),
    ENDED_SESSION_MILLIS(true),
    RETURN_TO_AGREED(true),
    ADOPT_NEW_TOPIC(true),
    CONNECTED_TO_AGREED(true),
    UNRESOLVED(true),
    RE_CONTRACT_MILLIS(true),
    AGREEMENTS(true),
    AGREEMENT_FIELDS(true),
    TIMED_AGREEMENTS(true),
    MILLIS_TO_AGREEMENT(true),
    SHARE_SESSIONS(true),
    SHARE_PPB(true),
    WITH_PREP_SESSIONS(true),
    WITH_PREP_SHIFTS(true),
    ACHIEVED(true),
    PARTLY(true),
    NOT_ACHIEVED(true),
    PREP_REQUESTED(false),
    PREP_SUBMITTED(false),
    PREP_LATE(false),
    PREP_MISSED(false),
    PREP_DUE(false),
    PREP_DUE_ON_TIME(false);

    private final boolean perCoach;

    Counter(boolean perCoach) {
        this.perCoach = perCoach;
    }

    public boolean perCoach() {
        return perCoach;
    }

    /** The counter's field name in the read models: {@code SESSIONS_ENDED} is {@code sessionsEnded}. */
    public String field() {
        StringBuilder field = new StringBuilder();
        for (String word : name().toLowerCase(java.util.Locale.ROOT).split("_")) {
            field.append(field.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return field.toString();
    }
}
