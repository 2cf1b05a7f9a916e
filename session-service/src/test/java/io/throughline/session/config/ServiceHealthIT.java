package io.throughline.session.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.platform.testing.TestIssuer;
import io.throughline.session.RunningService;
import io.throughline.session.SessionApi;
import io.throughline.session.SessionApi.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Actuator health with its MongoDB and Kafka components, and probes whose readiness needs the event store. The
 * status is open to anyone; components and metrics only to a {@code platform} token ({@link SessionApi}'s default).
 */
@RunningService
class ServiceHealthIT {

    @LocalServerPort
    int port;

    private SessionApi api;

    @BeforeEach
    void connect() {
        api = new SessionApi(port);
    }

    @Test
    void healthIsUpWithMongoAndKafka() {
        JsonNode health = up("/actuator/health");

        assertThat(health.path("components").path("mongo").path("status").asString())
                .isEqualTo("UP");
        assertThat(health.path("components").path("kafka").path("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void readinessIsUpAndNeedsTheEventStore() {
        JsonNode readiness = up("/actuator/health/readiness");

        assertThat(readiness.path("components").propertyNames()).containsExactlyInAnyOrder("readinessState", "mongo");
    }

    @Test
    void livenessIsUp() {
        up("/actuator/health/liveness");
    }

    @Test
    void metricsAreServedForPrometheus() {
        Answer answer = api.get("/actuator/prometheus");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void withoutATokenHealthIsTheStatusAlone() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/readiness"}) {
            Answer answer = api.as(null).get(path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.json().propertyNames())
                    .as(path)
                    .contains("status")
                    .doesNotContain("components", "details");
        }
        Answer asOrgAdmin = api.as(TestIssuer.get().orgAdmin("demo")).get("/actuator/health");
        assertThat(asOrgAdmin.json().has("components")).isFalse();
    }

    @Test
    void metricsNeedAPlatformToken() {
        assertThat(api.as(null).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api.as(TestIssuer.get().orgAdmin("demo"))
                        .get("/actuator/prometheus")
                        .status())
                .isEqualTo(403);
    }

    private JsonNode up(String path) {
        Answer answer = api.get(path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("status").asString()).isEqualTo("UP");
        return answer.json();
    }
}
