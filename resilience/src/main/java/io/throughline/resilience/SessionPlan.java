package io.throughline.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One generated session: who, when, and its steps in business-time order. Each step is one command
 * and one event, so after the schedule (version 0) the session's view has version {@code i + 1}
 * once step {@code i} took effect.
 */
final class SessionPlan {

    enum Prep {
        ON_TIME,
        LATE,
        NEVER
    }

    /** One command: its path under the session, its body, and for a re-contract the index of its shift. */
    record Step(String path, Map<String, Object> body, int minute, Integer shiftIndex) {}

    final String orgId;
    final String sessionId;
    final String clientId;
    final String coachId;
    final Instant start;
    final Prep prep;
    final List<Step> steps = new ArrayList<>();

    SessionPlan(String orgId, String sessionId, String clientId, String coachId, Instant start, Prep prep) {
        this.orgId = orgId;
        this.sessionId = sessionId;
        this.clientId = clientId;
        this.coachId = coachId;
        this.start = start;
        this.prep = prep;
    }

    Instant at(int minute) {
        return start.plus(Duration.ofMinutes(minute));
    }

    Instant scheduledAt() {
        return start.minus(Duration.ofDays(7));
    }

    void add(String path, int minute, Integer shiftIndex, Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        body.put("at", at(minute).toString());
        steps.add(new Step(path, body, minute, shiftIndex));
    }

    boolean starts() {
        return steps.stream().anyMatch(step -> step.path().equals("start"));
    }
}
