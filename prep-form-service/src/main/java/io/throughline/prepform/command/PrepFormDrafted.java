package io.throughline.prepform.command;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The client created the form before any session event did. Stored, never published: the contract
 * has no such event. {@code answers} keyed as in {@link Answers#asMap()}.
 */
public record PrepFormDrafted(
        String prepFormId,
        String orgId,
        String clientId,
        String sessionId,
        Map<String, String> answers,
        Instant occurredAt) {

    public PrepFormDrafted {
        answers = Collections.unmodifiableMap(answers == null ? new TreeMap<>() : new TreeMap<>(answers));
    }
}
