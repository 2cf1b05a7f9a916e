package io.throughline.platform.commands;

import io.throughline.platform.security.Caller;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Keeps {@link RecordedBy} for every command a request sends: a dispatch interceptor puts the caller's subject on the
 * command (Axon's gateway picks up dispatch interceptor beans), a correlation data provider copies it onto the events
 * its handler applies. After Axon's own configuration, whose default provider (correlation and trace ids) a service
 * would otherwise have to declare again beside this one.
 */
@AutoConfiguration(afterName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@ConditionalOnClass({Caller.class, CommandMessage.class})
public class RecordedByAutoConfiguration {

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> recordedByDispatchInterceptor() {
        return messages -> (index, command) -> Caller.current()
                .map(Caller::subject)
                .<CommandMessage<?>>map(subject -> command.andMetaData(Map.of(RecordedBy.METADATA_KEY, subject)))
                .orElse(command);
    }

    @Bean
    CorrelationDataProvider recordedByCorrelation() {
        return new SimpleCorrelationDataProvider(RecordedBy.METADATA_KEY);
    }
}
