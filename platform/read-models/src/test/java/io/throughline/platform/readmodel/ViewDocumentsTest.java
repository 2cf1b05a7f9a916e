package io.throughline.platform.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ViewDocumentsTest {

    record View(String formId, String clientId, String status, Instant dueBy, long version) {}

    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> collection;
    private ViewDocuments<View> views;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bind().getHostString() + ":"
                + server.getLocalAddress().getPort());
        collection = client.getDatabase("read-models").getCollection("views");
        views = new ViewDocuments<>(collection, JsonMapper.builder().build(), View.class);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void storesThePlainShapeEveryListHas() {
        views.save("org-1/form-1", 2, fields("client-1", MONDAY), view("form-1", "SUBMITTED", 2));

        Document stored = collection.find().first();
        assertThat(stored.getString("_id")).isEqualTo("org-1/form-1");
        assertThat(stored.getString("clientId")).isEqualTo("client-1");
        assertThat(stored.getDate("createdAt")).isEqualTo(Date.from(MONDAY));
        assertThat(stored.getLong("version")).isEqualTo(2);
        assertThat(stored.get("view", Document.class).getString("dueBy")).isEqualTo(MONDAY.toString());
        assertThat(views.includes("org-1/form-1", 2)).isTrue();
        assertThat(views.includes("org-1/form-1", 3)).isFalse();
    }

    @Test
    void keepsTheNewestVersionWhateverArrivesLater() {
        views.save("org-1/form-1", 3, fields("client-1", MONDAY), view("form-1", "SUBMITTED", 3));
        views.save("org-1/form-1", 1, fields("client-1", MONDAY), view("form-1", "DRAFT", 1));
        views.save("org-1/form-1", 3, fields("client-1", MONDAY), view("form-1", "DRAFT", 3));

        assertThat(views.find(new Document(), Sorts.ascending("createdAt"), 0, 10))
                .containsExactly(view("form-1", "SUBMITTED", 3));
    }

    @Test
    void replacesADocumentOfAnEarlierShapeThatHasNoVersion() {
        collection.insertOne(new Document("_id", "org-1/form-1").append("sequence", 5L));

        views.save("org-1/form-1", 0, fields("client-1", MONDAY), view("form-1", "DRAFT", 0));

        assertThat(views.includes("org-1/form-1", 0)).isTrue();
    }

    @Test
    void findsPagesInOrderWithTheIdBreakingTies() {
        views.save("org-1/b", 0, fields("client-1", MONDAY), view("b", "DRAFT", 0));
        views.save("org-1/a", 0, fields("client-1", MONDAY), view("a", "DRAFT", 0));
        views.save("org-1/c", 0, fields("client-2", MONDAY.plusSeconds(60)), view("c", "DRAFT", 0));

        List<View> firstPage = views.find(Filters.eq("clientId", "client-1"), Sorts.descending("createdAt"), 0, 1);
        List<View> secondPage = views.find(Filters.eq("clientId", "client-1"), Sorts.descending("createdAt"), 1, 1);

        assertThat(firstPage).extracting(View::formId).containsExactly("a");
        assertThat(secondPage).extracting(View::formId).containsExactly("b");
        assertThat(views.count(Filters.eq("clientId", "client-1"))).isEqualTo(2);
        views.clear();
        assertThat(views.count(new Document())).isZero();
    }

    private static Document fields(String clientId, Instant createdAt) {
        return new Document("clientId", clientId).append("createdAt", Date.from(createdAt));
    }

    private static View view(String formId, String status, long version) {
        return new View(formId, "client-1", status, MONDAY, version);
    }
}
