package io.throughline.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Loads the demo practice through the public REST APIs, never by writing to a database, as a
 * {@code platform} client (every request carries its bearer token). Running it
 * again adds nothing: a session that exists continues after the steps it already has (each step is
 * one event, so its version counts them), a submitted form is left alone.
 */
public final class DemoData {

    /** What a load did. */
    public record Summary(int sessions, int requests, int skippedSessions) {
        @Override
        public String toString() {
            return sessions + " sessions in organisation '" + DemoPractice.ORG + "' (" + requests + " requests; "
                    + skippedSessions + " already complete)";
        }
    }

    private static final Duration FORM_WAIT = Duration.ofSeconds(60);

    private final String sessions;
    private final String prepForms;
    private final String analytics;
    private final Consumer<String> progress;
    private final Clock clock;
    private final Api api;
    private int requests;

    /** {@code accessToken} gives a valid access token of a client with role {@code platform} whenever asked. */
    public DemoData(
            String sessionService,
            String prepFormService,
            String analyticsService,
            Supplier<String> accessToken,
            Consumer<String> progress) {
        this(sessionService, prepFormService, analyticsService, accessToken, progress, Clock.systemUTC());
    }

    DemoData(
            String sessionService,
            String prepFormService,
            String analyticsService,
            Supplier<String> accessToken,
            Consumer<String> progress,
            Clock clock) {
        this.api = new Api(accessToken);
        this.sessions = sessionService + "/api/v1/orgs/" + DemoPractice.ORG + "/sessions";
        this.prepForms = prepFormService + "/api/v1/orgs/" + DemoPractice.ORG + "/prep-forms";
        this.analytics = analyticsService + "/api/v1/orgs/" + DemoPractice.ORG;
        this.progress = progress;
        this.clock = clock;
    }

    public Summary load() {
        List<DemoSession> practice = new DemoPractice(LocalDate.now(clock.withZone(ZoneOffset.UTC))).sessions();
        int skipped = 0;
        int done = 0;
        for (DemoSession session : practice) {
            if (!load(session)) {
                skipped++;
            }
            if (++done % 5 == 0 || done == practice.size()) {
                progress.accept("  " + done + " of " + practice.size() + " sessions");
            }
        }
        awaitAnalytics();
        return new Summary(practice.size(), requests, skipped);
    }

    /** Returns false when the session was complete already. */
    private boolean load(DemoSession session) {
        JsonNode view = sessionView(session.sessionId);
        boolean created = view == null;
        if (created) {
            Map<String, Object> create = new LinkedHashMap<>();
            create.put("sessionId", session.sessionId);
            create.put("clientId", session.clientId);
            create.put("coachId", session.coachId);
            create.put("scheduledStart", session.start.toString());
            create.put("plannedMinutes", session.plannedMinutes);
            create.put("at", earlier(session.scheduledAt(), clock.instant()).toString());
            require(api.post(sessions, create), "scheduling " + session.sessionId);
            view = sessionView(session.sessionId);
        }
        int done = view.path("version").asInt();
        if (done >= session.steps.size()) {
            return created;
        }
        if (session.prep == DemoSession.Prep.ON_TIME && done == 0) {
            submitPrepForm(session, session.eveningBefore());
        }
        for (int i = done; i < session.steps.size(); i++) {
            DemoSession.Step step = session.steps.get(i);
            Map<String, Object> body = new LinkedHashMap<>(step.body());
            String path = step.path();
            if (step.shiftIndex() != null) {
                String shiftId = sessionView(session.sessionId)
                        .path("shifts")
                        .get(step.shiftIndex())
                        .path("shiftId")
                        .asText();
                path = "topic-shifts/" + shiftId + "/re-contract";
            }
            require(
                    api.post(sessions + "/" + session.sessionId + "/" + path, body),
                    step.path() + " of " + session.sessionId);
            if (step.path().equals("start") && session.prep == DemoSession.Prep.LATE) {
                awaitFormStatus(session, "MISSED");
                submitPrepForm(session, session.at(5));
            }
        }
        return true;
    }

    /** Fills the session's form in at {@code at} and submits it ten minutes later. */
    private void submitPrepForm(DemoSession session, Instant at) {
        Instant submitted = at.plus(Duration.ofMinutes(10));
        if (submitted.isAfter(clock.instant())) {
            return;
        }
        JsonNode form = formOf(session);
        if (form != null && form.path("status").asText().equals("SUBMITTED")) {
            return;
        }
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("clientId", session.clientId);
        draft.put("sessionId", session.sessionId);
        draft.put("answers", session.answers);
        draft.put("at", at.toString());
        JsonNode created = require(api.post(prepForms, draft), "the prep form of " + session.sessionId);
        require(
                api.post(
                        prepForms + "/" + created.path("prepFormId").asText() + "/submit",
                        Map.of("at", submitted.toString())),
                "submitting the prep form of " + session.sessionId);
    }

    private void awaitFormStatus(DemoSession session, String status) {
        long deadline = System.nanoTime() + FORM_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode form = formOf(session);
            if (form != null && form.path("status").asText().equals(status)) {
                return;
            }
            pause();
        }
        throw new IllegalStateException("the prep form of " + session.sessionId + " did not become " + status
                + " within " + FORM_WAIT.toSeconds() + " s; is prep-form-service consuming coaching.sessions.v1?");
    }

    /** Waits until analytics has projected the article session, so the dashboard has it when we say so. */
    private void awaitAnalytics() {
        long deadline = System.nanoTime() + FORM_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Api.Response timeline = api.get(analytics + "/sessions/" + DemoPractice.ARTICLE_SESSION + "/timeline");
            if (timeline.ok()) {
                return;
            }
            pause();
        }
        progress.accept("  analytics-service has not projected the demo yet; the dashboard will fill in as it does");
    }

    private JsonNode formOf(DemoSession session) {
        Api.Response forms = api.get(prepForms + "?clientId=" + session.clientId + "&sessionId=" + session.sessionId);
        requests++;
        JsonNode list = forms.body().isArray() ? forms.body() : forms.body().path("items");
        return forms.ok() && list.size() > 0 ? list.get(0) : null;
    }

    private JsonNode sessionView(String sessionId) {
        Api.Response response = api.get(sessions + "/" + sessionId);
        requests++;
        if (response.status() == 404) {
            return null;
        }
        return require(response, "reading " + sessionId);
    }

    private JsonNode require(Api.Response response, String what) {
        requests++;
        return api.require(response, what);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
