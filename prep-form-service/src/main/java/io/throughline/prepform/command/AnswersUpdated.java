package io.throughline.prepform.command;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The client replaced the form's answers. Stored, never published. {@code answers} keyed as in {@link Answers#asMap()}. */
public record AnswersUpdated(String prepFormId, String orgId, Map<String, String> answers, Instant occurredAt) {

    public AnswersUpdated {
        answers = Collections.unmodifiableMap(answers == null ? new TreeMap<>() : new TreeMap<>(answers));
    }
}
