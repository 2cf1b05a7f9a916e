package io.throughline.prepform.config;

import io.throughline.platform.security.Caller;
import io.throughline.prepform.command.EventMetaData;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * Keeps who recorded each stored event (API.md: the token's {@code sub}, in the event store's metadata, not on
 * Kafka): a command sent while handling a request carries its caller's subject as {@link EventMetaData#RECORDED_BY},
 * and the events its handler applies take it over as correlation data. Commands caused by Kafka records run
 * without a caller, so their events have none.
 */
@Configuration(proxyBeanMethods = false)
class RecordedByConfiguration {

    /** Axon's gateway picks up dispatch interceptor beans (its {@code InterceptorAutoConfiguration}). */
    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> recordedBy() {
        return messages -> (index, command) -> Caller.current().map(Caller::subject)
                .<CommandMessage<?>>map(subject -> command.andMetaData(Map.of(EventMetaData.RECORDED_BY, subject)))
                .orElse(command);
    }

    @Bean
    CorrelationDataProvider recordedByCorrelation() {
        return new SimpleCorrelationDataProvider(EventMetaData.RECORDED_BY);
    }

    /** Axon's default provider (correlation and trace ids), which it leaves out once a service declares its own. */
    @Bean
    CorrelationDataProvider originCorrelation() {
        return new MessageOriginProvider();
    }
}
