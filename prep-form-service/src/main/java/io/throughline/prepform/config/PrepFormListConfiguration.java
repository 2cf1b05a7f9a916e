package io.throughline.prepform.config;

import com.mongodb.MongoException;
import com.mongodb.client.MongoDatabase;
import io.throughline.platform.readmodel.ListProjections;
import io.throughline.prepform.query.PrepFormViews;
import io.throughline.prepform.query.list.PrepFormList;
import io.throughline.prepform.query.list.PrepFormListProjection;
import org.axonframework.config.ConfigurerModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The list read model, in the service's database next to its events. */
@Configuration(proxyBeanMethods = false)
class PrepFormListConfiguration {

    static final String COLLECTION = "prepformlist";

    private static final Logger log = LoggerFactory.getLogger(PrepFormListConfiguration.class);

    @Bean
    PrepFormList prepFormList(@Qualifier("eventStoreDatabase") MongoDatabase database, JsonMapper json) {
        return new PrepFormList(database.getCollection(COLLECTION), json);
    }

    @Bean
    PrepFormListProjection prepFormListProjection(PrepFormViews views, PrepFormList prepFormList) {
        return new PrepFormListProjection(views, prepFormList);
    }

    /** A failure in the list's projection is retried from its token, never logged and lost. */
    @Bean
    ConfigurerModule prepFormListRetries() {
        return ListProjections.retryingFailures(PrepFormListProjection.PROCESSING_GROUP);
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
