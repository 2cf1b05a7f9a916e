package io.throughline.prepform;

import io.throughline.events.EventEnvelope;
import io.throughline.events.SessionScheduled;
import io.throughline.events.SessionStarted;
import io.throughline.prepform.command.PrepFormKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One session of its own organisation, so tests sharing the topics and the database stay apart:
 * scheduled a day ago to start in an hour, with the session-service events about it.
 */
public record SessionScenario(
        String orgId, String clientId, String coachId, String sessionId, Instant scheduledAt, Instant start) {

    public static SessionScenario fresh(String name) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new SessionScenario(
                "org-" + name + "-" + suffix,
                "client-" + suffix,
                "coach-" + suffix,
                "session-" + suffix,
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofHours(1)));
    }

    /** Another session of the same client: its records share the partition, so they come after this one's. */
    public SessionScenario nextSession() {
        return new SessionScenario(
                orgId, clientId, coachId, sessionId + "-next", scheduledAt, start.plus(Duration.ofDays(7)));
    }

    public String prepFormId() {
        return PrepFormKey.forSession(orgId, sessionId).prepFormId();
    }

    public String formsPath() {
        return "/api/v1/orgs/" + orgId + "/prep-forms";
    }

    public String formPath() {
        return formsPath() + "/" + prepFormId();
    }

    public EventEnvelope scheduled() {
        return new EventEnvelope(
                UUID.randomUUID().toString(),
                0,
                new SessionScheduled(sessionId, orgId, clientId, coachId, start, 60, scheduledAt));
    }

    public EventEnvelope started(Instant at) {
        return new EventEnvelope(
                UUID.randomUUID().toString(), 1, new SessionStarted(sessionId, orgId, clientId, coachId, at));
    }

    public String createFormBody(String answers) {
        return "{\"clientId\":\"" + clientId + "\",\"sessionId\":\"" + sessionId + "\",\"answers\":" + answers + "}";
    }
}
