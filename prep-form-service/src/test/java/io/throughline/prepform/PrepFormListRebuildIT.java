package io.throughline.prepform;

import static io.throughline.prepform.FormFixtures.ANSWERS;
import static io.throughline.prepform.FormFixtures.PATIENCE;
import static io.throughline.prepform.FormFixtures.assertOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.throughline.prepform.command.PrepFormKey;
import io.throughline.prepform.query.list.PrepFormListProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The form list is rebuilt from the event store by resetting its processor's token, and comes back the same. */
@PrepFormServiceIT
class PrepFormListRebuildIT {

    /** The list's collection ({@code PrepFormListConfiguration}). */
    private static final String COLLECTION = "prepformlist";

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    @Qualifier("eventStoreDatabase")
    MongoDatabase database;

    @Test
    void aResetProcessorRebuildsTheSameList() {
        SessionScenario session = SessionScenario.fresh("rebuild");
        Api api = new Api(port);
        assertOk(api.post(session.formsPath(), session.createFormBody(ANSWERS)));
        assertOk(api.post(session.formPath() + "/submit", "{}"));
        SessionScenario next = session.nextSession();
        assertOk(api.post(next.formsPath(), next.createFormBody("{\"wins\":\"A draft\"}")));
        String ownForm = Api.json(assertOk(
                        api.post(session.formsPath(), "{\"clientId\":\"" + session.clientId() + "\",\"answers\":{}}")))
                .path("prepFormId")
                .asString();
        String list = session.formsPath() + "?clientId=" + session.clientId();
        await().atMost(PATIENCE).until(() -> caughtUp(Api.json(assertOk(api.get(list)))));
        JsonNode before = Api.json(assertOk(api.get(list)));
        // A lost entry the rebuild must restore: the processor alone would never write it again.
        database.getCollection(COLLECTION)
                .deleteOne(Filters.eq("_id", new PrepFormKey(session.orgId(), ownForm).toString()));
        assertThat(Api.json(assertOk(api.get(list)))).hasSize(2);

        StreamingEventProcessor processor = processing
                .eventProcessor(PrepFormListProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> assertThat(Api.json(assertOk(api.get(list)))).isEqualTo(before));
    }

    /** All three forms listed, the session's one submitted. */
    private static boolean caughtUp(JsonNode forms) {
        return forms.size() == 3
                && forms.valueStream()
                        .anyMatch(form -> "SUBMITTED".equals(form.path("status").asString()));
    }
}
