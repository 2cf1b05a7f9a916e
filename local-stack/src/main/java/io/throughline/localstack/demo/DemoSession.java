package io.throughline.localstack.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One session of the demo practice and what happens in it, step by step. Every step is one request
 * and one event, so a session's version tells how many steps a previous run already did.
 */
final class DemoSession {

    enum Prep {
        ON_TIME,
        LATE,
        MISSED
    }

    record Step(String path, Map<String, Object> body, Integer shiftIndex) {}

    final String sessionId;
    final String clientId;
    final String coachId;
    final Instant start;
    final Prep prep;
    final Map<String, String> answers;
    final List<Step> steps = new ArrayList<>();
    int plannedMinutes = 60;

    private DemoSession(
            String sessionId, String clientId, String coachId, Instant start, Prep prep, Map<String, String> answers) {
        this.sessionId = sessionId;
        this.clientId = clientId;
        this.coachId = coachId;
        this.start = start;
        this.prep = prep;
        this.answers = answers;
    }

    static DemoSession of(
            String sessionId, String clientId, String coachId, Instant start, Prep prep, Map<String, String> answers) {
        return new DemoSession(sessionId, clientId, coachId, start, prep, answers);
    }

    /** When it was booked: a week ahead. */
    Instant scheduledAt() {
        return start.minus(Duration.ofDays(7));
    }

    /** 20:00 UTC the evening before, when a prepared client sends the form. */
    Instant eveningBefore() {
        return start.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofHours(4));
    }

    Instant at(int minute) {
        return start.plus(Duration.ofMinutes(minute));
    }

    DemoSession start(int minute) {
        return step("start", minute, Map.of());
    }

    DemoSession checkIn(int minute, String readiness, String note) {
        return step("check-in", minute, fields("readiness", readiness, "note", note));
    }

    DemoSession agree(int minute, String topic, String successMeasure, String importance, String toAddress) {
        return step(
                "agreement",
                minute,
                fields(
                        "topic",
                        topic,
                        "successMeasure",
                        successMeasure,
                        "importance",
                        importance,
                        "toAddress",
                        toAddress));
    }

    DemoSession piece(int minute, String summary, String nextStep) {
        return step("pieces", minute, fields("summary", summary, "nextStep", nextStep));
    }

    DemoSession shift(int minute, String topic, String noticedBy) {
        return step("topic-shifts", minute, fields("topic", topic, "noticedBy", noticedBy));
    }

    /** Re-contracts the {@code shiftIndex}-th shift (0-based) of this session. */
    DemoSession reContract(int minute, int shiftIndex, String outcome, String note) {
        Map<String, Object> body =
                fields("outcome", outcome, "note", note, "at", at(minute).toString());
        steps.add(new Step("re-contract", body, shiftIndex));
        return this;
    }

    DemoSession end(int minute, String progress, String feedback) {
        return step("end", minute, fields("progress", progress, "clientFeedback", feedback));
    }

    DemoSession cancel(Instant when, String reason) {
        steps.add(new Step("cancel", fields("reason", reason, "at", when.toString()), null));
        return this;
    }

    boolean starts() {
        return steps.stream().anyMatch(step -> step.path().equals("start"));
    }

    /** The request body: the given name-value pairs, leaving out the values that are null. */
    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                body.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return body;
    }

    private DemoSession step(String path, int minute, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("at", at(minute).toString());
        steps.add(new Step(path, body, null));
        return this;
    }
}
