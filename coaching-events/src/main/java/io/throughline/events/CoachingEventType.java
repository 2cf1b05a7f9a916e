package io.throughline.events;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type of the contract: its CloudEvents {@code type}, record, topic and source. */
public enum CoachingEventType {
    SESSION_SCHEDULED("coaching.session.scheduled", SessionScheduled.class),
    SESSION_STARTED("coaching.session.started", SessionStarted.class),
    SESSION_CHECKED_IN("coaching.session.checked-in", SessionCheckedIn.class),
    SESSION_CONTRACTED("coaching.session.contracted", SessionContracted.class),
    TOPIC_SHIFTED("coaching.session.topic-shifted", TopicShifted.class),
    SESSION_RE_CONTRACTED("coaching.session.re-contracted", SessionReContracted.class),
    PIECE_COMPLETED("coaching.session.piece-completed", PieceCompleted.class),
    SESSION_ENDED("coaching.session.ended", SessionEnded.class),
    SESSION_CANCELLED("coaching.session.cancelled", SessionCancelled.class),
    PREP_FORM_REQUESTED("coaching.prep-form.requested", PrepFormRequested.class),
    PREP_FORM_SUBMITTED("coaching.prep-form.submitted", PrepFormSubmitted.class),
    PREP_FORM_MISSED("coaching.prep-form.missed", PrepFormMissed.class);

    public static final URI SESSION_SERVICE = URI.create("/session-service");
    public static final URI PREP_FORM_SERVICE = URI.create("/prep-form-service");

    private static final Map<String, CoachingEventType> BY_TYPE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(CoachingEventType::type, Function.identity()));
    private static final Map<Class<?>, CoachingEventType> BY_CLASS = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(CoachingEventType::eventClass, Function.identity()));

    private final String type;
    private final Class<? extends CoachingEvent> eventClass;

    CoachingEventType(String type, Class<? extends CoachingEvent> eventClass) {
        this.type = type;
        this.eventClass = eventClass;
    }

    public String type() {
        return type;
    }

    public Class<? extends CoachingEvent> eventClass() {
        return eventClass;
    }

    public String topic() {
        return SessionEvent.class.isAssignableFrom(eventClass) ? Topics.SESSIONS : Topics.PREP_FORMS;
    }

    public URI source() {
        return SessionEvent.class.isAssignableFrom(eventClass) ? SESSION_SERVICE : PREP_FORM_SERVICE;
    }

    public static Optional<CoachingEventType> ofType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static CoachingEventType of(CoachingEvent event) {
        return BY_CLASS.get(event.getClass());
    }
}
