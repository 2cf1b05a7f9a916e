package io.throughline.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.platform.testing.WithInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;

@WithInfrastructure
@SpringBootTest(
        classes = HealthTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.mongodb.database=health-it", "management.endpoint.health.show-components=always"})
class InfrastructureHealthIT {

    @Autowired
    HealthEndpoint health;

    @Test
    void kafkaAndMongoAreUpOnTheEmbeddedInfrastructure() {
        assertThat(health.healthForPath("kafka").getStatus()).isEqualTo(Status.UP);
        assertThat(health.healthForPath("mongo").getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }
}
