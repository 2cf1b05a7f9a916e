package io.throughline.analytics.projection.store;

import static io.throughline.analytics.AnalyticsMother.CLIENT;
import static io.throughline.analytics.AnalyticsMother.COACH;
import static io.throughline.analytics.AnalyticsMother.ORG;
import static io.throughline.analytics.AnalyticsMother.OTHER_ORG;
import static io.throughline.analytics.AnalyticsMother.SECOND_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import io.throughline.analytics.AnalyticsMother;
import io.throughline.analytics.client.query.ClientPatterns;
import io.throughline.analytics.client.query.ClientPatternsQuery;
import io.throughline.analytics.coach.query.CoachPatternsQuery;
import io.throughline.analytics.overview.query.OverviewQuery;
import io.throughline.analytics.projection.model.Keys;
import io.throughline.analytics.session.query.TimelineQuery;
import io.throughline.events.EventEnvelope;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.WithInfrastructure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@WithInfrastructure
class ProjectionWriterIT {

    private final ProjectionWriter writer = new ProjectionWriter();
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
    void givesTheSameAnswersForEveryEventTwiceInAnyOrderAndAnyBatching() {
        List<EventEnvelope> events = AnalyticsMother.twoOrganisations();
        ReadModels once = readModels();
        writer.apply(once.active(), events);

        Random random = new Random(7);
        for (int round = 0; round < 3; round++) {
            List<EventEnvelope> delivered = new ArrayList<>(events);
            delivered.addAll(events);
            Collections.shuffle(delivered, random);
            ReadModels twiceShuffled = readModels();
            for (int from = 0; from < delivered.size(); ) {
                int to = Math.min(delivered.size(), from + 1 + random.nextInt(25));
                writer.apply(twiceShuffled.active(), delivered.subList(from, to));
                from = to;
            }

            assertThat(answers(twiceShuffled)).isEqualTo(answers(once));
        }
    }

    @Test
    void countsAppliedEventsAndDuplicates() {
        List<EventEnvelope> events = AnalyticsMother.articleSession().events();
        ReadModels models = readModels();

        assertThat(writer.apply(models.active(), events)).isEqualTo(new ProjectionWriter.Result(events.size(), 0));
        assertThat(writer.apply(models.active(), events.subList(0, 3))).isEqualTo(new ProjectionWriter.Result(0, 3));
    }

    @Test
    void resumsAClientWhoseLastBatchWroteItsSumsButNotAllItsSessions() {
        List<EventEnvelope> events = AnalyticsMother.twoOrganisations();
        ReadModels once = readModels();
        new ProjectionWriter().apply(once.active(), events);
        List<Object> expected = answers(once);

        ReadModels models = readModels();
        ReadModel model = models.active();
        int half = events.size() / 2;
        new ProjectionWriter().apply(model, events.subList(0, half));
        Map<String, Document> afterFirstBatch = new HashMap<>();
        model.sessions().find().forEach(session -> afterFirstBatch.put(session.getString("_id"), session));
        new ProjectionWriter().apply(model, events.subList(half, events.size()));
        // the second batch stops after the clients', coaches' and lists' writes: its sessions stay as they were
        model.sessions().find().forEach(session -> {
            Document before = afterFirstBatch.get(session.getString("_id"));
            if (before == null) {
                model.sessions().deleteOne(Filters.eq("_id", session.getString("_id")));
            } else {
                model.sessions().replaceOne(Filters.eq("_id", before.getString("_id")), before);
            }
        });
        assertThat(new ClientPatternsQuery(models).find(ORG, CLIENT, 0, 100))
                .isNotEqualTo(new ClientPatternsQuery(once).find(ORG, CLIENT, 0, 100));

        // its records are delivered again, to a writer that did not write them (a restart, another instance)
        new ProjectionWriter().apply(model, events.subList(half, events.size()));

        assertThat(answers(models)).isEqualTo(expected);
    }

    /**
     * An instance stopped (a long GC, SIGSTOP) past its consumer's session timeout loses its
     * partitions; another instance reads them again from the last committed offset. When the first
     * one resumes it still writes the batch it had in hand, from what it remembers writing. Found by
     * the whole-stack fault suite (issue 15): such writes put back older sums and sessions.
     */
    @Test
    void aWriterThatLostItsPartitionsWhilePausedCannotOverwriteWhatTheNewOwnerWrote() {
        List<EventEnvelope> events = AnalyticsMother.twoOrganisations();
        List<Object> expected = expectedAnswers(events);
        ReadModels models = readModels();
        ReadModel model = models.active();
        int third = events.size() / 3;
        ProjectionWriter paused = new ProjectionWriter();
        paused.apply(model, events.subList(0, third));

        new ProjectionWriter().apply(model, events.subList(third, events.size()));
        Throwable zombie =
                catchThrowable(() -> paused.apply(model, events.subList(third, midSession(events, 2 * third))));

        assertThat(zombie).isInstanceOf(WriteConflict.class);
        assertThat(answersAndSessions(models)).isEqualTo(expected);
    }

    /**
     * The same pause between the clients' writes and the sessions': the new owner reads the sums
     * of the paused batch without all its sessions, sums the clients afresh and goes on; the paused
     * writer's session writes, landing after that, must change nothing. The new owner reads in
     * batches of every size, so some of the paused batch's sessions are not in its first batch.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 1000})
    void sessionWritesOfAWriterPausedPartWayChangeNothingOnceAnotherWriterReadTheClient(int newOwnersBatch) {
        List<EventEnvelope> events = AnalyticsMother.twoOrganisations();
        List<Object> expected = expectedAnswers(events);
        ReadModels models = readModels();
        ReadModel model = models.active();
        int third = events.size() / 3;
        ProjectionWriter paused = new ProjectionWriter();
        paused.apply(model, events.subList(0, third));
        ProjectionWriter newOwner = new ProjectionWriter();
        paused.beforeSessionWrites(() -> {
            for (int from = third; from < events.size(); from += newOwnersBatch) {
                newOwner.apply(model, events.subList(from, Math.min(events.size(), from + newOwnersBatch)));
            }
        });

        Throwable zombie =
                catchThrowable(() -> paused.apply(model, events.subList(third, midSession(events, 2 * third))));

        assertThat(zombie).isInstanceOf(WriteConflict.class);
        assertThat(answersAndSessions(models)).isEqualTo(expected);
    }

    @Test
    void storesPlainDocumentsAMongoDbUserCanRead() {
        ReadModels models = readModels();
        new ProjectionWriter().apply(models.active(), AnalyticsMother.twoOrganisations());

        Document session = models.active()
                .sessions()
                .find(Filters.eq("_id", Keys.session(ORG, AnalyticsMother.ARTICLE_SESSION)))
                .first();
        assertThat(session.getString("status")).isEqualTo("ENDED");
        assertThat(session.getDouble("onAgreedTopicShare")).isEqualTo(0.912280702);
        assertThat(session.getList("shifts", Document.class)).hasSize(2);
        assertThat(session.get("facts", Document.class)
                        .get("contracted", Document.class)
                        .getString("topic"))
                .isNotBlank();
        Document client = models.active()
                .clients()
                .find(Filters.eq("_id", Keys.client(ORG, CLIENT)))
                .first();
        assertThat(client.get("counters", Document.class).get("sessionsEnded")).isEqualTo(2L);
        assertThat(client.getList("coaches", Document.class))
                .extracting(coach -> coach.getString("coachId"))
                .contains(COACH);
        assertThat(models.active()
                        .coaches()
                        .find(Filters.eq("_id", Keys.coach(ORG, COACH)))
                        .first()
                        .getList("clients", String.class))
                .contains(CLIENT, SECOND_CLIENT);
    }

    @Test
    void listsAClientsSessionsNewestFirstAPageAtATime() {
        ReadModels models = readModels();
        List<EventEnvelope> events = new ArrayList<>();
        for (int day = 0; day < 25; day++) {
            Instant start = Instant.parse("2026-01-01T10:00:00Z").plusSeconds(day * 5L * 86_400);
            events.addAll(AnalyticsMother.session(ORG, CLIENT, COACH, "session-" + day)
                    .scheduled(start.minusSeconds(86_400), start)
                    .started(start)
                    .events());
        }
        Collections.shuffle(events, new Random(3));
        writer.apply(models.active(), events);
        ClientPatternsQuery query = new ClientPatternsQuery(models);

        List<String> listed = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            ClientPatterns patterns = query.find(ORG, CLIENT, page, 10).orElseThrow();
            assertThat(patterns.sessionsPage()).isEqualTo(new ClientPatterns.SessionsPage(page, 10, 25, 3));
            patterns.sessions().forEach(row -> listed.add(row.sessionId()));
        }

        assertThat(listed)
                .containsExactlyElementsOf(IntStream.iterate(24, day -> day >= 0, day -> day - 1)
                        .mapToObj(day -> "session-" + day)
                        .toList());
        assertThat(query.find(ORG, CLIENT, 3, 10).orElseThrow().sessions()).isEmpty();
    }

    /** The answers of the API and the stored sessions (without their versions), all events written once. */
    private List<Object> expectedAnswers(List<EventEnvelope> events) {
        ReadModels once = readModels();
        new ProjectionWriter().apply(once.active(), events);
        return answersAndSessions(once);
    }

    /** The first index from {@code from} on that cuts a session's events in two. */
    private static int midSession(List<EventEnvelope> events, int from) {
        int cut = from;
        while (!Keys.document(events.get(cut - 1)).equals(Keys.document(events.get(cut)))) {
            cut++;
        }
        return cut;
    }

    private List<Object> answersAndSessions(ReadModels models) {
        Map<String, Document> sessions = new TreeMap<>();
        models.active().sessions().find().forEach(session -> {
            session.remove("clientVersion");
            sessions.put(session.getString("_id"), session);
        });
        return List.of(answers(models), sessions);
    }

    private List<Object> answers(ReadModels models) {
        ClientPatternsQuery clients = new ClientPatternsQuery(models);
        TimelineQuery timelines = new TimelineQuery(models);
        return List.of(
                clients.find(ORG, CLIENT, 0, 100).orElseThrow(),
                clients.find(ORG, SECOND_CLIENT, 0, 100).orElseThrow(),
                clients.find(OTHER_ORG, CLIENT, 0, 100).orElseThrow(),
                new CoachPatternsQuery(models).find(ORG, COACH).orElseThrow(),
                new CoachPatternsQuery(models).find(OTHER_ORG, COACH).orElseThrow(),
                new OverviewQuery(models).find(ORG),
                new OverviewQuery(models).find(OTHER_ORG),
                timelines.find(ORG, AnalyticsMother.ARTICLE_SESSION).orElseThrow(),
                timelines.find(ORG, "session-2").orElseThrow(),
                timelines.find(ORG, "session-running").orElseThrow());
    }

    private ReadModels readModels() {
        ReadModels models = new ReadModels(mongo.getDatabase("writer-it-" + UUID.randomUUID()));
        models.initialise();
        return models;
    }
}
