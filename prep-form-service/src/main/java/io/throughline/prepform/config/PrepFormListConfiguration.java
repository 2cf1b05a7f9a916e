package io.throughline.prepform.config;

import com.mongodb.MongoException;
import com.mongodb.client.MongoDatabase;
import io.throughline.prepform.query.list.PrepFormList;
import io.throughline.prepform.query.list.PrepFormListProjection;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The list read model, in the service's database next to its events. */
@Configuration(proxyBeanMethods = false)
class PrepFormListConfiguration {

    static final String COLLECTION = "prepformlist";

    private static final Logger log = LoggerFactory.getLogger(PrepFormListConfiguration.class);

    @Bean
    PrepFormList prepFormList(@Qualifier("eventStoreDatabase") MongoDatabase database) {
        return new PrepFormList(database.getCollection(COLLECTION));
    }

    @Bean
    PrepFormListProjection prepFormListProjection(PrepFormList prepFormList) {
        return new PrepFormListProjection(prepFormList);
    }

    /**
     * Axon's default logs a failed event handler and moves on, which would leave a form's entry stale
     * for good; propagating makes the processor stop the segment and retry from its token instead.
     */
    @Bean
    ConfigurerModule prepFormListRetries() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerListenerInvocationErrorHandler(
                PrepFormListProjection.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance()));
    }

    @Bean
    ApplicationRunner prepFormListIndexes(PrepFormList prepFormList) {
        // Without its indexes the list is slower, not wrong: a MongoDB down at start-up should not stop the service.
        return arguments -> {
            try {
                prepFormList.createIndexes();
            } catch (MongoException e) {
                log.warn("Could not create the indexes of the prep-form list: {}", e.getMessage());
            }
        };
    }
}
