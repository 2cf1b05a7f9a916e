package io.throughline.platform.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * The gauge {@value #METRIC} ({@code throughline_process_restarts} in Prometheus): how many times the
 * supervisor that runs this process (the local stack, issue 15's fault suite) started it again after
 * it crashed. The supervisor passes the count in {@code THROUGHLINE_PROCESS_RESTARTS}; a process
 * nobody supervises reports 0.
 */
@AutoConfiguration
@ConditionalOnClass(MeterRegistry.class)
public class ProcessRestartsAutoConfiguration {

    public static final String METRIC = "throughline.process.restarts";

    @Bean
    MeterBinder processRestartsMetric(@Value("${throughline.process.restarts:0}") int restarts) {
        return registry -> Gauge.builder(METRIC, () -> restarts)
                .description("Times this process was started again by its supervisor after it crashed")
                .register(registry);
    }
}
