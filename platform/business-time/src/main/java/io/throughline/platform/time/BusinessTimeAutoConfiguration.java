package io.throughline.platform.time;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@link BusinessTime} bean a service's controllers resolve {@code at} with and {@link NotTooFarAhead}'s
 * validator needs, on the service's {@link Clock} bean (UTC system time when it has none).
 */
@AutoConfiguration
public class BusinessTimeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    BusinessTime businessTime(ObjectProvider<Clock> clock) {
        return new BusinessTime(clock.getIfAvailable(Clock::systemUTC));
    }
}
