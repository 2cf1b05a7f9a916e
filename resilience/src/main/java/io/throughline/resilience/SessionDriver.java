package io.throughline.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Drives one session through the REST APIs as a careful client would: a command that gets no definite
 * answer (a connection error, a timeout, a 5xx) is retried with the same ids, after reading the
 * session (or form) to see whether the earlier try took effect; the commands are never sent twice
 * once they did. Records what was acknowledged.
 */
final class SessionDriver {

    private static final Duration GIVE_UP = Duration.ofMinutes(4);
    private static final Map<String, String> ANSWERS = Map.of(
            "wins", "shipped the plan",
            "notDone", "the review",
            "learned", "I rush",
            "challenges", "my boss",
            "sessionIntent", "to plan the quarter");

    private final Instances sessions;
    private final Instances prepForms;
    private final Consumer<Acknowledged> ended;
    private final java.util.concurrent.atomic.AtomicInteger retries;

    SessionDriver(
            Instances sessions,
            Instances prepForms,
            Consumer<Acknowledged> ended,
            java.util.concurrent.atomic.AtomicInteger retries) {
        this.retries = retries;
        this.sessions = sessions;
        this.prepForms = prepForms;
        this.ended = ended;
    }

    void drive(Acknowledged ack) {
        SessionPlan plan = ack.plan;
        String base = "/api/v1/orgs/" + plan.orgId + "/sessions";
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("sessionId", plan.sessionId);
        schedule.put("clientId", plan.clientId);
        schedule.put("coachId", plan.coachId);
        schedule.put("scheduledStart", plan.start.toString());
        schedule.put("plannedMinutes", 60);
        schedule.put("at", plan.scheduledAt().toString());
        Instances.Answer created = until(() -> sessions.post(base, schedule));
        if (!created.ok()) {
            ack.refused = "scheduling " + plan.sessionId + ": " + created;
            return;
        }
        ack.scheduled = true;
        if (plan.prep == SessionPlan.Prep.ON_TIME) {
            ack.prepOnTime = submitPrepForm(plan, "REQUESTED", plan.at(-300), plan.at(-240), ack);
        }
        List<String> shiftIds = new ArrayList<>();
        String sessionPath = base + "/" + plan.sessionId;
        for (int i = 0; i < plan.steps.size(); i++) {
            SessionPlan.Step step = plan.steps.get(i);
            String path = step.shiftIndex() == null
                    ? step.path()
                    : "topic-shifts/" + shiftIds.get(step.shiftIndex()) + "/re-contract";
            JsonNode answer = command(sessionPath, sessionPath + "/" + path, step.body(), i + 1, ack);
            if (answer == null) {
                return;
            }
            ack.step(step);
            if (step.path().equals("topic-shifts")) {
                String shiftId = answer.path("shiftId").asText("");
                if (shiftId.isEmpty()) {
                    shiftId = view(sessionPath)
                            .path("shifts")
                            .get(shiftIds.size())
                            .path("shiftId")
                            .asText();
                }
                shiftIds.add(shiftId);
            }
            if (step.path().equals("start") && plan.prep == SessionPlan.Prep.LATE) {
                ack.prepLate = submitPrepForm(plan, "MISSED", plan.at(3), plan.at(5), ack);
            }
            if (step.path().equals("end")) {
                ended.accept(ack);
            }
        }
    }

    /**
     * Sends a session command until it is acknowledged; returns its answer (or the session's view
     * when only the view tells it took effect), null when refused for good.
     */
    private JsonNode command(String sessionPath, String path, Map<String, Object> body, int version, Acknowledged ack) {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            Instances.Answer answer = sessions.post(path, body);
            if (answer.ok()) {
                return answer.body();
            }
            if (!answer.unavailable() && answer.status() != 409) {
                ack.refused = path + " answered " + answer.status() + ": " + answer.body();
                return null;
            }
            JsonNode view = view(sessionPath);
            if (view.path("version").asInt(-1) >= version) {
                return view; // an earlier try took effect; its answer was lost
            }
            if (answer.status() == 409) {
                ack.refused = path + " answered 409: " + answer.body();
                return null;
            }
            retries.incrementAndGet();
            pause(250);
        }
        ack.refused = path + " was not acknowledged within " + GIVE_UP.toMinutes() + " minutes";
        return null;
    }

    private JsonNode view(String sessionPath) {
        Instances.Answer view = until(() -> sessions.get(sessionPath));
        return view.body();
    }

    /** Waits for the form the platform requested to reach {@code status}, then fills it in and submits it. */
    private boolean submitPrepForm(
            SessionPlan plan, String status, java.time.Instant createAt, java.time.Instant submitAt, Acknowledged ack) {
        String forms = "/api/v1/orgs/" + plan.orgId + "/prep-forms";
        String query = forms + "?clientId=" + plan.clientId + "&sessionId=" + plan.sessionId;
        JsonNode form = awaitForm(query, status);
        if (form == null) {
            ack.refused = "the prep form of " + plan.sessionId + " did not become " + status;
            return false;
        }
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("clientId", plan.clientId);
        draft.put("sessionId", plan.sessionId);
        draft.put("answers", ANSWERS);
        draft.put("at", createAt.toString());
        Instances.Answer created = until(() -> prepForms.post(forms, draft));
        if (!created.ok()) {
            if (!hasStatus(form(query), "DRAFT", "SUBMITTED")) {
                ack.refused = "creating the prep form of " + plan.sessionId + ": " + created;
                return false;
            }
        }
        String id = form.path("prepFormId").asText();
        String submit = forms + "/" + id + "/submit";
        Instances.Answer submitted = until(() -> prepForms.post(submit, Map.of("at", submitAt.toString())));
        if (submitted.ok() || hasStatus(form(query), "SUBMITTED")) {
            return true;
        }
        ack.refused = "submitting " + id + ": " + submitted;
        return false;
    }

    private JsonNode awaitForm(String query, String status) {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode form = form(query);
            if (form != null && form.path("status").asText().equals(status)) {
                return form;
            }
            pause(200);
        }
        return null;
    }

    /** The session's form as prep-form-service has it now; null when it has none yet. */
    private JsonNode form(String query) {
        Instances.Answer answer = until(() -> prepForms.get(query));
        JsonNode list = answer.body().isArray() ? answer.body() : answer.body().path("items");
        return answer.ok() && list.size() > 0 ? list.get(0) : null;
    }

    private static boolean hasStatus(JsonNode form, String... statuses) {
        return form != null
                && java.util.List.of(statuses).contains(form.path("status").asText());
    }

    /** Repeats a request while it gets no definite answer (a connection error or a 5xx). */
    private Instances.Answer until(java.util.function.Supplier<Instances.Answer> request) {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        Instances.Answer answer = request.get();
        while (answer.unavailable() && System.nanoTime() < deadline) {
            retries.incrementAndGet();
            pause(250);
            answer = request.get();
        }
        return answer;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
