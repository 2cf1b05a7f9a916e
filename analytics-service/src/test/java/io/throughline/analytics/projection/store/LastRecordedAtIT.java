package io.throughline.analytics.projection.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.throughline.analytics.AnalyticsMother;
import io.throughline.analytics.projection.model.Keys;
import io.throughline.events.EventEnvelope;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.WithInfrastructure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A session's {@code lastRecordedAt}: the latest record time of its events, whatever the order and batching. */
@WithInfrastructure
class LastRecordedAtIT {

    private MongoClient mongo;

    @BeforeEach
    void connect(TestInfrastructure infrastructure) {
        mongo = MongoClients.create(infrastructure.mongoConnectionString());
    }

    @AfterEach
    void disconnect() {
        mongo.close();
    }

    @Test
    void isTheLatestRecordTimeOfTheSessionsEventsInAnyOrderAndBatching() {
        List<EventEnvelope> events = AnalyticsMother.twoOrganisations();
        List<RecordedEvent> recorded = new ArrayList<>();
        Map<String, Instant> expected = new TreeMap<>();
        Random times = new Random(5);
        for (EventEnvelope event : events) {
            Instant at = Instant.parse("2026-12-01T00:00:00Z").plusSeconds(times.nextInt(1_000_000));
            recorded.add(new RecordedEvent(event, at));
            expected.merge(Keys.document(event), at, (a, b) -> a.isAfter(b) ? a : b);
        }
        ReadModels once = readModels();
        new ProjectionWriter().applyRecorded(once.active(), recorded);

        List<RecordedEvent> twice = new ArrayList<>(recorded);
        twice.addAll(recorded);
        Collections.shuffle(twice, new Random(9));
        ReadModels shuffled = readModels();
        ProjectionWriter writer = new ProjectionWriter();
        for (int from = 0; from < twice.size(); from += 7) {
            writer.applyRecorded(shuffled.active(), twice.subList(from, Math.min(twice.size(), from + 7)));
        }

        assertThat(recordedAt(once)).isEqualTo(expected);
        assertThat(recordedAt(shuffled)).isEqualTo(expected);
    }

    @Test
    void staysAsItIsForEventsWithoutARecordTime() {
        List<EventEnvelope> events = AnalyticsMother.articleSession().events();
        ReadModels models = readModels();
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        new ProjectionWriter()
                .applyRecorded(
                        models.active(),
                        events.subList(0, 3).stream()
                                .map(event -> new RecordedEvent(event, at))
                                .toList());
        new ProjectionWriter().apply(models.active(), events);

        assertThat(recordedAt(models).values()).containsExactly(at);
    }

    private static Map<String, Instant> recordedAt(ReadModels models) {
        Map<String, Instant> found = new TreeMap<>();
        models.active()
                .sessions()
                .find()
                .forEach(document -> found.put(document.getString("_id"), SessionBson.lastRecordedAt(document)));
        return found;
    }

    private ReadModels readModels() {
        ReadModels models = new ReadModels(mongo.getDatabase("recorded-it-" + UUID.randomUUID()));
        models.initialise();
        return models;
    }
}
