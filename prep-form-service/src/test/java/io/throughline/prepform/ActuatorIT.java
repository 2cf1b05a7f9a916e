package io.throughline.prepform;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@PrepFormServiceIT
class ActuatorIT {

    @LocalServerPort
    int port;

    @Test
    void reportsMongoAndKafkaInItsHealth() {
        JsonNode health = health("/actuator/health");

        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("mongo").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("kafka").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void isReadyOnlyWithMongo() {
        assertThat(health("/actuator/health/readiness").path("components").propertyNames())
                .containsExactlyInAnyOrder("readinessState", "mongo");
        assertThat(health("/actuator/health/liveness").path("status").asString()).isEqualTo("UP");
    }

    private JsonNode health(String path) {
        HttpResponse<String> response = new Api(port).get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }
}
