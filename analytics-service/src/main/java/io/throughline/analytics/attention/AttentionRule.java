package io.throughline.analytics.attention;

/** The rules of METRICS.md, "Who needs attention": six about a client, three about a coach over all their clients. */
public enum AttentionRule {
    SIDETRACKS_RISING(Subject.CLIENT),
    OFF_AGREED_TOPIC(Subject.CLIENT),
    PARKED_TOPIC_RETURNS(Subject.CLIENT),
    PREP_NOT_ON_TIME(Subject.CLIENT),
    NO_PROGRESS(Subject.CLIENT),
    STALLED(Subject.CLIENT),
    SILENT_DRIFT(Subject.COACH),
    CONTRACTING_GAPS(Subject.COACH),
    AGREEMENT_SLOWER(Subject.COACH);

    /** Whom a rule is about. */
    public enum Subject {
        CLIENT,
        COACH
    }

    private final Subject subject;

    AttentionRule(Subject subject) {
        this.subject = subject;
    }

    public Subject subject() {
        return subject;
    }
}
