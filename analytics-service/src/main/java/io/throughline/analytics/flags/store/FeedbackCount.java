package io.throughline.analytics.flags.store;

/**
 * How many flags of one rule were answered useful and not useful (each flag's last answer counts), and the
 * useful share of those answers: {@code null} while there is none.
 */
public record FeedbackCount(long useful, long notUseful, Double usefulShare) {

    public static final FeedbackCount NONE = new FeedbackCount(0, 0, null);

    public static FeedbackCount of(long useful, long notUseful) {
        long answers = useful + notUseful;
        return new FeedbackCount(useful, notUseful, answers == 0 ? null : (double) useful / answers);
    }

    FeedbackCount plus(boolean usefulAnswer) {
        return of(useful + (usefulAnswer ? 1 : 0), notUseful + (usefulAnswer ? 0 : 1));
    }
}
