package io.throughline.prepform;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.platform.testing.TestIssuer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PrepFormServiceIT
class ActuatorIT {

    @LocalServerPort
    int port;

    @Test
    void reportsMongoAndKafkaInItsHealth() {
        JsonNode health = health("/actuator/health");

        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("mongo").path("status").asString())
                .isEqualTo("UP");
        assertThat(health.path("components").path("kafka").path("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void showsAnyoneTheStatusButOnlyPlatformTheComponents() {
        HttpResponse<String> anonymous = new Api(port).anonymous().get("/actuator/health");
        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(200);
        // Besides the status only the names of the probe groups (liveness, readiness), which Spring Boot always lists.
        assertThat(Api.json(anonymous).propertyNames()).contains("status").doesNotContain("components", "details");
        HttpResponse<String> orgAdmin =
                new Api(port).as(TestIssuer.get().orgAdmin("acme")).get("/actuator/health");
        assertThat(Api.json(orgAdmin).has("components")).isFalse();
        assertThat(new Api(port).anonymous().get("/actuator/metrics").statusCode())
                .isEqualTo(401);
        assertThat(new Api(port).get("/actuator/metrics").statusCode()).isEqualTo(200);
    }

    @Test
    void isReadyOnlyWithMongo() {
        assertThat(health("/actuator/health/readiness").path("components").propertyNames())
                .containsExactlyInAnyOrder("readinessState", "mongo");
        assertThat(health("/actuator/health/liveness").path("status").asString())
                .isEqualTo("UP");
    }

    private JsonNode health(String path) {
        HttpResponse<String> response = new Api(port).get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }
}
