package io.throughline.analytics.projection.rebuild;

import static io.throughline.analytics.AnalyticsMother.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.throughline.analytics.AnalyticsMother;
import io.throughline.analytics.Api;
import io.throughline.analytics.ContractTopics;
import io.throughline.analytics.projection.store.ReadModels;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.WithInfrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A database an earlier version wrote (generation-prefixed collections of binary values) is rebuilt at start. */
@WithInfrastructure
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "throughline.analytics.database=" + OlderFormatIT.DATABASE,
            "throughline.analytics.projection.consumer-group=analytics-older-format-it",
            "throughline.analytics.projection.poll-timeout=100ms"
        })
class OlderFormatIT {

    static final String DATABASE = "analytics-older-format-it";
    private static final String ORG = "org-" + UUID.randomUUID().toString().substring(0, 8);
    private static String mongoUri;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void whatAnEarlierVersionLeft(TestInfrastructure infrastructure) throws Exception {
        try (ContractTopics topics = new ContractTopics(infrastructure.kafkaBootstrapServers())) {
            topics.publish(AnalyticsMother.articleSession(ORG).events());
        }
        mongoUri = infrastructure.mongoConnectionString();
        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            MongoDatabase database = mongo.getDatabase(DATABASE);
            database.drop();
            database.getCollection("g1_sessions")
                    .insertOne(new Document("_id", ORG + "/old").append("f", new Binary(new byte[] {1, 2, 3})));
            database.getCollection("projection_meta").insertOne(new Document("_id", "active").append("generation", 1));
        }
    }

    @Test
    void rebuildsTheReadModelsFromBothTopicsAndDropsTheOldCollections() {
        Api api = new Api(port);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/v1/admin/projections/rebuild")
                        .json()
                        .path("state")
                        .asString()
                        .equals("COMPLETED"));

        assertThat(api.get("/api/v1/orgs/" + ORG + "/clients/" + CLIENT + "/patterns")
                        .json()
                        .path("sessionsEnded")
                        .asLong())
                .isEqualTo(1);
        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            MongoDatabase database = mongo.getDatabase(DATABASE);
            assertThat(database.listCollectionNames().into(new ArrayList<>()))
                    .doesNotContain("g1_sessions")
                    .contains("sessions", "clients");
            Document format = database.getCollection("projection_meta")
                    .find(new Document("_id", "format"))
                    .first();
            assertThat(format.getInteger("version")).isEqualTo(ReadModels.FORMAT_VERSION);
        }
    }
}
