package io.throughline.session.web;

import static io.throughline.session.SessionApi.body;
import static io.throughline.session.SessionApi.session;
import static io.throughline.session.SessionApi.sessions;
import static io.throughline.session.SessionMother.TEAM;
import static io.throughline.session.SessionMother.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.throughline.session.RunningService;
import io.throughline.session.SessionApi;
import io.throughline.session.config.SessionProperties;
import io.throughline.session.query.list.SessionListProjection;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The session list is rebuilt from the event store by resetting its processor's token, and comes back the same. */
@RunningService
class SessionListRebuildIT {

    private static final String ORG = "rebuild-org";

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    @Qualifier("eventStoreDatabase")
    MongoDatabase database;

    @Autowired
    SessionProperties properties;

    @Test
    void aResetProcessorRebuildsTheSameList() {
        SessionApi api = new SessionApi(port);
        String client = "rebuild-client-" + UUID.randomUUID();
        for (String name : new String[] {"first", "second", "third"}) {
            String sessionId = client + "-" + name;
            assertThat(api.schedule(ORG, sessionId, client).status()).isEqualTo(201);
            assertThat(api.post(session(ORG, sessionId) + "/start", body("at", at("10:00")))
                            .status())
                    .isEqualTo(200);
        }
        assertThat(api.post(session(ORG, client + "-second") + "/agreement", body("at", at("10:03"), "topic", TEAM))
                        .status())
                .isEqualTo(200);
        String list = sessions(ORG) + "?clientId=" + client;
        await().atMost(Duration.ofSeconds(10))
                .until(() -> caughtUp(api.get(list).json(), 3));
        JsonNode before = api.get(list).json();
        // A stale entry the rebuild must repair: the processor alone would never touch it again.
        database.getCollection(properties.listCollection()).deleteOne(Filters.eq("_id", ORG + "/" + client + "-first"));
        assertThat(api.get(list).json().path("total").asLong()).isEqualTo(2);

        StreamingEventProcessor processor = processing
                .eventProcessor(SessionListProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get(list).json()).isEqualTo(before));
    }

    /** Every session listed as it is after the writes: all in progress, the second contracted. */
    private static boolean caughtUp(JsonNode page, int total) {
        return page.path("total").asLong() == total
                && page.path("items")
                        .valueStream()
                        .allMatch(
                                item -> "IN_PROGRESS".equals(item.path("status").asString()))
                && page.path("items")
                        .valueStream()
                        .anyMatch(item -> TEAM.equals(item.path("agreedTopic").asString()));
    }
}
