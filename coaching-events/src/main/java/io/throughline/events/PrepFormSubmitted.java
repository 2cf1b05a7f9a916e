package io.throughline.events;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code answers} keys: {@code wins}, {@code notDone}, {@code learned}, {@code challenges},
 * {@code sessionIntent}. {@code late}: submitted after its session started.
 */
public record PrepFormSubmitted(
        String prepFormId,
        String orgId,
        String clientId,
        String sessionId,
        boolean late,
        Map<String, String> answers,
        Instant occurredAt)
        implements PrepFormEvent {

    public PrepFormSubmitted {
        answers = Collections.unmodifiableMap(answers == null ? new TreeMap<>() : new TreeMap<>(answers));
    }
}
