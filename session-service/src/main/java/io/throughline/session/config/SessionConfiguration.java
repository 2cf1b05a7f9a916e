package io.throughline.session.config;

import com.mongodb.client.MongoDatabase;
import io.throughline.platform.commands.RetryingCommandGateway;
import io.throughline.platform.readmodel.ListProjections;
import io.throughline.session.query.SessionHistory;
import io.throughline.session.query.list.SessionList;
import io.throughline.session.query.list.SessionListProjection;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/** The command side's sending, the session's reads from the event store, the list read model, strict JSON. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionProperties.class)
class SessionConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** A value of the wrong type is a 400, not a guess: no 5 for "5", "60" or 60.5 for 60, 1 for an enum. */
    @Bean
    JsonMapperBuilderCustomizer strictRequestTypes() {
        return builder -> builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(
                        LogicalType.Textual,
                        text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /** A command that lost a race for its session's next event is sent again, up to the configured attempts. */
    @Bean
    RetryingCommandGateway sessionCommandGateway(CommandGateway commandGateway, SessionProperties properties) {
        return new RetryingCommandGateway(commandGateway, properties.commandAttempts());
    }

    @Bean
    SessionHistory sessionHistory(EventStore eventStore) {
        return new SessionHistory(eventStore);
    }

    /** The list lives in the service's own database, beside the events it is made from. */
    @Bean
    SessionList sessionList(
            @Qualifier("eventStoreDatabase") MongoDatabase database, SessionProperties properties, JsonMapper json) {
        return new SessionList(database, properties.listCollection(), json);
    }

    @Bean
    SessionListProjection sessionListProjection(SessionHistory history, SessionList list) {
        return new SessionListProjection(history, list);
    }

    /** A failure in the list's projection is retried from its token, never logged and lost. */
    @Bean
    ConfigurerModule sessionListRetries() {
        return ListProjections.retryingFailures(SessionListProjection.PROCESSING_GROUP);
    }
}
