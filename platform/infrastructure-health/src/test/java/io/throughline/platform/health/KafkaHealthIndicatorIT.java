package io.throughline.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.platform.embedded.EmbeddedKafkaBroker;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class KafkaHealthIndicatorIT {

    @Test
    void isUpWhileTheBrokerAnswersAndDownWhenItIsStopped() {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.temporary().start()) {
            KafkaHealthIndicator indicator = new KafkaHealthIndicator(
                    Map.of(
                            "bootstrap.servers",
                            broker.bootstrapServers(),
                            "request.timeout.ms",
                            1000,
                            "default.api.timeout.ms",
                            1000),
                    Duration.ofSeconds(1));
            try {
                Health up = indicator.health(true);
                assertThat(up.getStatus()).isEqualTo(Status.UP);
                assertThat(up.getDetails()).containsEntry("brokers", 1).containsKey("clusterId");

                broker.stop();

                assertThat(indicator.health(true).getStatus()).isEqualTo(Status.DOWN);
            } finally {
                indicator.destroy();
            }
        }
    }
}
