package io.throughline.session.command;

/** How coach and client resolved a topic shift. */
public enum ReContractOutcome {
    /** Back to the agreed topic; the time of the shift was off topic. */
    RETURN_TO_AGREED,
    /** The shift's topic becomes the agreed topic from now on. */
    ADOPT_NEW_TOPIC,
    /** The sidetrack was context the agreed topic needed: it counts as on topic. */
    CONNECTED_TO_AGREED
}
