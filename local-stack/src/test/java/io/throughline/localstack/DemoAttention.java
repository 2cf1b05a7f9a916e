package io.throughline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's three attention stories as a supervisor reads them from {@code GET /attention} (METRICS.md,
 * "Who needs attention"): coachee-1 keeps parking the article's sidetrack, coach-2 lets sidetracks drift,
 * coachee-4 has stalled; and each flag is raised for that person only.
 */
final class DemoAttention {

    static final String PARKED = "\"A challenge with my boss\" was parked in 4 of coachee-1's last 6 sessions";
    static final String DRIFT = "8 of coach-2's 14 sidetracks in the last 10 sessions were never re-contracted";
    static final String STALLED = "coachee-4 has had no session for 33 days and none is scheduled";

    private static final String ATTENTION = "http://localhost:8083/api/v1/orgs/demo/attention";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoAttention() {}

    /** Waits until analytics has projected the whole demo, asserts the three flags and returns the answer. */
    static JsonNode assertTheThreeStories(String supervisorToken) throws Exception {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .untilAsserted(() -> {
                    JsonNode attention = attention(supervisorToken);
                    assertThat(sentences(attention)).contains(PARKED, DRIFT, STALLED);
                });
        JsonNode attention = attention(supervisorToken);
        print(attention);

        assertThat(flagged(attention, "PARKED_TOPIC_RETURNS")).containsExactly("client coachee-1");
        assertThat(flagged(attention, "SILENT_DRIFT")).containsExactly("coach coach-2");
        assertThat(flagged(attention, "STALLED")).containsExactly("client coachee-4");
        assertThat(evidence(flag(attention, "coachee-1", "PARKED_TOPIC_RETURNS")))
                .as("the article's session is among the sessions that make the flag true")
                .containsExactly("demo-c1-w7", "demo-c1-w6", "demo-c1-w5", "article-session");
        assertThat(evidence(flag(attention, "coachee-4", "STALLED"))).containsExactly("demo-c4-w5");
        assertThat(evidence(flag(attention, "coach-2", "SILENT_DRIFT")))
                .as("coach-2's sessions with a sidetrack never re-contracted")
                .hasSize(7)
                .contains("demo-c3-w1", "demo-c4-w5");
        return attention;
    }

    private static JsonNode attention(String token) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(ATTENTION))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(ATTENTION + " → " + response.body())
                .isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> sentences(JsonNode attention) {
        List<String> sentences = new ArrayList<>();
        attention.forEach(entry -> entry.path("flags")
                .forEach(flag -> sentences.add(flag.path("sentence").asText())));
        return sentences;
    }

    private static void print(JsonNode attention) {
        attention.forEach(entry -> entry.path("flags")
                .forEach(flag -> System.out.println(
                        "demo attention: " + entry.path("subjectId").asText() + " "
                                + flag.path("rule").asText() + " since "
                                + flag.path("since").asText() + ": "
                                + flag.path("sentence").asText())));
    }

    /** "subjectType subjectId" of everyone with the rule raised. */
    private static List<String> flagged(JsonNode attention, String rule) {
        List<String> people = new ArrayList<>();
        attention.forEach(entry -> entry.path("flags").forEach(flag -> {
            if (flag.path("rule").asText().equals(rule)) {
                people.add(entry.path("subjectType").asText() + " "
                        + entry.path("subjectId").asText());
            }
        }));
        return people;
    }

    private static JsonNode flag(JsonNode attention, String subjectId, String rule) {
        for (JsonNode entry : attention) {
            for (JsonNode flag : entry.path("flags")) {
                if (entry.path("subjectId").asText().equals(subjectId)
                        && flag.path("rule").asText().equals(rule)) {
                    return flag;
                }
            }
        }
        throw new AssertionError("no " + rule + " flag for " + subjectId + " in " + attention);
    }

    private static List<String> evidence(JsonNode flag) {
        List<String> sessions = new ArrayList<>();
        flag.path("evidence")
                .forEach(item -> sessions.add(item.path("sessionId").asText()));
        return sessions;
    }
}
