package io.throughline.events;

/** An event of a client's preparation form, published by prep-form-service on {@link Topics#PREP_FORMS}. */
public sealed interface PrepFormEvent extends CoachingEvent
        permits PrepFormRequested, PrepFormSubmitted, PrepFormMissed {

    String prepFormId();

    /** The session the form prepares for. */
    String sessionId();

    @Override
    default String subject() {
        return prepFormId();
    }
}
