package io.throughline.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.localstack.prepform.DemoIdentity;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A client of the demo organisation whose topic was parked in each of their three sessions, so that
 * PARKED_TOPIC_RETURNS is raised (METRICS.md: k ≥ 3), made through session-service as {@code local-platform}; and the
 * attention list as the API answers it, to compare with what the dashboard shows.
 */
final class ParkedTopicFlag {

    static final String DASHBOARD = "http://localhost:8083";
    static final String ORG = "/api/v1/orgs/demo";
    static final String CLIENT = "coachee-parked";
    static final String RULE = "PARKED_TOPIC_RETURNS";
    static final String TOPIC = "Moving house";

    private ParkedTopicFlag() {}

    /** Three ended sessions of a new client with coach-1, each with "Moving house" set aside for the agreed topic. */
    static List<String> seed() {
        DemoIdentity platform = new DemoIdentity("local-platform", "local-platform-secret");
        String url = "http://localhost:8081" + ORG + "/sessions";
        List<String> ids = new ArrayList<>();
        for (int day = 3; day >= 1; day--) {
            String id = "parked-" + day;
            Instant start = Instant.now().minus(day, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
            platform.post(
                    url,
                    Map.of(
                            "sessionId",
                            id,
                            "clientId",
                            CLIENT,
                            "coachId",
                            "coach-1",
                            "scheduledStart",
                            start.toString(),
                            "plannedMinutes",
                            60,
                            "at",
                            start.minus(2, ChronoUnit.HOURS).toString()));
            platform.post(url + "/" + id + "/start", Map.of("at", start.toString()));
            platform.post(
                    url + "/" + id + "/agreement",
                    Map.of("at", start.plusSeconds(180).toString(), "topic", "Asking for a raise"));
            platform.post(
                    url + "/" + id + "/topic-shifts",
                    Map.of("at", start.plusSeconds(1200).toString(), "topic", TOPIC, "noticedBy", "COACH"));
            String shiftId = platform.get(url + "/" + id)
                    .path("shifts")
                    .get(0)
                    .path("shiftId")
                    .asText();
            platform.post(
                    url + "/" + id + "/topic-shifts/" + shiftId + "/re-contract",
                    Map.of("at", start.plusSeconds(1380).toString(), "outcome", "RETURN_TO_AGREED", "note", "Later"));
            platform.post(
                    url + "/" + id + "/end",
                    Map.of("at", start.plusSeconds(3600).toString(), "progress", "PARTLY"));
            ids.add(id);
        }
        return ids;
    }

    static JsonNode flagOf(DemoIdentity person, String query) {
        for (JsonNode entry : person.get(DASHBOARD + ORG + "/attention?" + query)) {
            if (entry.path("subjectId").asText().equals(CLIENT)) {
                for (JsonNode flag : entry.path("flags")) {
                    if (flag.path("rule").asText().equals(RULE)) {
                        return flag;
                    }
                }
            }
        }
        throw new AssertionError("no " + RULE + " flag of " + CLIENT + " in /attention?" + query);
    }

    static List<String> subjects(DemoIdentity person, String query) {
        List<String> subjects = new ArrayList<>();
        person.get(DASHBOARD + ORG + "/attention?" + query)
                .forEach(entry -> subjects.add(entry.path("subjectType").asText() + "/"
                        + entry.path("subjectId").asText()));
        return subjects;
    }
}
