package io.throughline.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.localstack.prepform.DemoIdentity;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's story of coachee-1, who keeps parking the boss (the article's sidetrack) until PARKED_TOPIC_RETURNS is
 * raised (METRICS.md: k ≥ 3 of the last 6 sessions); and the attention list as the API answers it, to compare with
 * what the dashboard shows.
 */
final class ParkedTopicFlag {

    static final String DASHBOARD = "http://localhost:8083";
    static final String ORG = "/api/v1/orgs/demo";
    static final String CLIENT = "coachee-1";
    static final String RULE = "PARKED_TOPIC_RETURNS";
    /** The article's own sidetrack, which the demo's coachee-1 keeps parking. */
    static final String TOPIC = "A challenge with my boss";

    private ParkedTopicFlag() {}

    /** The sessions the API names as the flag's evidence, in its order. */
    static List<String> evidence(DemoIdentity person) {
        List<String> sessions = new ArrayList<>();
        flagOf(person, "rule=" + RULE)
                .path("evidence")
                .forEach(e -> sessions.add(e.path("sessionId").asText()));
        return sessions;
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
