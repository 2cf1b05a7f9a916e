package io.throughline.analytics.projection.consumer;

import static com.mongodb.client.model.Filters.eq;
import static io.throughline.analytics.AnalyticsMother.CLIENT;
import static io.throughline.analytics.AnalyticsMother.COACH;
import static io.throughline.analytics.AnalyticsMother.SECOND_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.throughline.analytics.AnalyticsMother;
import io.throughline.analytics.client.query.ClientPatternsQuery;
import io.throughline.analytics.coach.query.CoachPatternsQuery;
import io.throughline.analytics.config.AnalyticsProperties;
import io.throughline.analytics.overview.query.OverviewQuery;
import io.throughline.analytics.projection.store.ClientRecomputation;
import io.throughline.analytics.projection.store.ProjectionWriter;
import io.throughline.analytics.projection.store.ReadModels;
import io.throughline.analytics.session.query.TimelineQuery;
import io.throughline.events.CoachingEventCodec;
import io.throughline.events.EventEnvelope;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.WithInfrastructure;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live projection with windows spanning several polls, its writes running beside the next
 * window's staging: a flush that stops between its session documents and its rollups (as if the
 * process died there) commits nothing, and the next run repairs the rollups from the journal and
 * ends with the answers of a clean projection.
 */
@WithInfrastructure
class FlushCutShortIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String org = "cut-short-" + UUID.randomUUID();
    private final String otherOrg = "cut-short-other-" + UUID.randomUUID();
    private final String group = "cut-short-" + UUID.randomUUID();
    private final AtomicInteger failedWrites = new AtomicInteger();
    private TestInfrastructure infrastructure;
    private MongoClient mongo;

    @BeforeEach
    void publish(TestInfrastructure infrastructure) throws Exception {
        this.infrastructure = infrastructure;
        mongo = MongoClients.create(infrastructure.mongoConnectionString());
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", infrastructure.kafkaBootstrapServers()))) {
            TopicSetup.ensure(admin);
        }
        CoachingEventCodec codec = new CoachingEventCodec();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", infrastructure.kafkaBootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            AnalyticsMother.twoOrganisations(org, otherOrg).forEach(event -> producer.send(codec.toRecord(event)));
        }
    }

    @AfterEach
    void disconnect() {
        mongo.close();
    }

    @Test
    void aFlushCutShortBetweenItsWritesCommitsNothingAndTheNextRunEndsWithConsistentReadModels() throws Exception {
        MongoDatabase database = mongo.getDatabase("cut-short-" + UUID.randomUUID());
        List<Object> expected = answers(cleanProjection(AnalyticsMother.twoOrganisations(org, otherOrg)));

        LiveProjection dying = projection(failingRollupWrites(database));
        dying.start();
        await().atMost(PATIENCE)
                .until(() -> failedWrites.get() >= 2
                        && database.getCollection("g1_sessions").countDocuments(eq("orgId", org)) > 0);
        dying.stop();

        assertThat(database.getCollection("g1_clients").countDocuments(eq("orgId", org)))
                .isZero();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", infrastructure.kafkaBootstrapServers()))) {
            assertThat(admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata()
                            .get()
                            .values())
                    .allSatisfy(offset -> assertThat(offset).isNull());
        }

        ReadModels readModels = new ReadModels(database, Clock.systemUTC());
        LiveProjection restarted = projection(database);
        restarted.start();
        try {
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(answers(readModels)).isEqualTo(expected));
        } finally {
            restarted.stop();
        }
    }

    private ReadModels cleanProjection(List<EventEnvelope> events) {
        ReadModels clean = new ReadModels(mongo.getDatabase("cut-short-clean-" + UUID.randomUUID()), Clock.systemUTC());
        new ProjectionWriter(1_000).apply(clean.active(), events);
        return clean;
    }

    private List<Object> answers(ReadModels models) {
        ClientPatternsQuery clients = new ClientPatternsQuery(models);
        TimelineQuery timelines = new TimelineQuery(models);
        return List.of(
                clients.find(org, CLIENT, 0, 100),
                clients.find(org, SECOND_CLIENT, 0, 100),
                clients.find(otherOrg, CLIENT, 0, 100),
                new CoachPatternsQuery(models).find(org, COACH),
                new CoachPatternsQuery(models).find(otherOrg, COACH),
                new OverviewQuery(models).find(org),
                new OverviewQuery(models).find(otherOrg),
                timelines.find(org, AnalyticsMother.ARTICLE_SESSION),
                timelines.find(org, "session-2"),
                timelines.find(org, "session-running"));
    }

    /** Windows of several small polls, retried quickly. */
    private LiveProjection projection(MongoDatabase database) {
        Map<String, Object> client = Map.of("bootstrap.servers", infrastructure.kafkaBootstrapServers());
        AnalyticsProperties.Projection settings = new AnalyticsProperties.Projection(
                true,
                group,
                7,
                1 << 20,
                1_000,
                Duration.ofSeconds(10),
                Duration.ofMillis(100),
                Duration.ofMillis(100),
                Duration.ofMillis(100),
                Duration.ofMillis(200),
                1_000);
        ProjectionMetrics metrics = new ProjectionMetrics(new SimpleMeterRegistry());
        BatchHandler batches = new BatchHandler(
                new ReadModels(database, Clock.systemUTC()),
                new ProjectionWriter(settings.cacheSize()),
                new ClientRecomputation(),
                new RecordDecoder(new CoachingEventCodec()),
                metrics,
                settings.flushRecords(),
                settings.flushInterval());
        return new LiveProjection(new KafkaClients(client, client, client), batches, metrics, settings);
    }

    /** The database, except that every bulk write of client rollups fails: a flush stops right after its session documents. */
    private MongoDatabase failingRollupWrites(MongoDatabase database) {
        return proxy(MongoDatabase.class, database, (target, method, args) -> {
            Object result = method.invoke(target, args);
            return method.getName().equals("getCollection") && "g1_clients".equals(args[0])
                    ? failingBulkWrites((MongoCollection<?>) result)
                    : result;
        });
    }

    private MongoCollection<?> failingBulkWrites(MongoCollection<?> collection) {
        return proxy(MongoCollection.class, collection, (target, method, args) -> {
            if (method.getName().equals("bulkWrite")) {
                failedWrites.incrementAndGet();
                throw new MongoException("injected: the process stopped before writing the rollups");
            }
            Object result = method.invoke(target, args);
            return method.getName().startsWith("with") ? failingBulkWrites((MongoCollection<?>) result) : result;
        });
    }

    private interface Call {
        Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Call call) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            try {
                return call.invoke(target, method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
