package io.throughline.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class ProcessRestartsMetricTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ProcessRestartsAutoConfiguration.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

    @Test
    void reportsTheRestartsTheSupervisorPassesInTheEnvironmentVariable() {
        context.withInitializer(app -> app.getEnvironment()
                        .getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource(
                                "environment", Map.of("THROUGHLINE_PROCESS_RESTARTS", "3"))))
                .run(app -> {
                    MeterRegistry registry = app.getBean(MeterRegistry.class);
                    app.getBean(io.micrometer.core.instrument.binder.MeterBinder.class)
                            .bindTo(registry);
                    assertThat(registry.get("throughline.process.restarts")
                                    .gauge()
                                    .value())
                            .isEqualTo(3.0);
                });
    }

    @Test
    void aProcessNobodyRestartedReportsZero() {
        context.run(app -> {
            MeterRegistry registry = app.getBean(MeterRegistry.class);
            app.getBean(io.micrometer.core.instrument.binder.MeterBinder.class).bindTo(registry);
            assertThat(registry.get("throughline.process.restarts").gauge().value())
                    .isZero();
        });
    }
}
