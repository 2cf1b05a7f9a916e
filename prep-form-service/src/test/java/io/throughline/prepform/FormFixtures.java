package io.throughline.prepform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.throughline.platform.testing.TestIssuer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Forms in a given state, made the way they come about: sessions scheduled on Kafka, answers by the client. */
final class FormFixtures {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String ANSWERS = "{\"wins\":\"Shipped the release\",\"sessionIntent\":\"Sort out the team\"}";

    private final Api platform;
    private final KafkaTopics kafka;

    FormFixtures(Api platform, KafkaTopics kafka) {
        this.platform = platform;
        this.kafka = kafka;
    }

    /** The session is scheduled on Kafka; answers once its form is {@code REQUESTED}. */
    JsonNode requested(SessionScenario session) {
        kafka.publish(session.scheduled());
        return awaitStatus(session, "REQUESTED");
    }

    /** Scheduled, then filled in and submitted by its client with the client's own token. */
    JsonNode submitted(SessionScenario session) {
        requested(session);
        return submitByClient(session);
    }

    JsonNode submitByClient(SessionScenario session) {
        Api client = asClient(session);
        assertOk(client.put(session.formPath() + "/answers", "{\"answers\":" + ANSWERS + "}"));
        return Api.json(assertOk(client.post(session.formPath() + "/submit", "{}")));
    }

    /** Scheduled, then started (ten minutes ago) before anyone answered. */
    JsonNode missed(SessionScenario session) {
        requested(session);
        kafka.publish(session.started(Instant.now().minus(Duration.ofMinutes(10))));
        return awaitStatus(session, "MISSED");
    }

    Api asClient(SessionScenario session) {
        return platform.as(TestIssuer.get().client(session.orgId(), session.clientId()));
    }

    Api asCoach(SessionScenario session) {
        return platform.as(TestIssuer.get().coach(session.orgId(), session.coachId()));
    }

    JsonNode awaitStatus(SessionScenario session, String status) {
        return await().atMost(PATIENCE)
                .until(
                        () -> {
                            HttpResponse<String> response = platform.get(session.formPath());
                            return response.statusCode() == 200 ? Api.json(response) : null;
                        },
                        view -> view != null && view.path("status").asString().equals(status));
    }

    /** The ids of the forms a list request answers once it holds {@code count} (the list is eventually consistent). */
    static List<String> awaitList(Api api, String path, int count) {
        JsonNode forms =
                await().atMost(PATIENCE).until(() -> Api.json(assertOk(api.get(path))), list -> list.size() >= count);
        return forms.valueStream()
                .map(form -> form.path("prepFormId").asString())
                .toList();
    }

    static HttpResponse<String> assertOk(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        return response;
    }
}
