package io.throughline.analytics.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.throughline.analytics.client.query.ClientPatternsQuery;
import io.throughline.analytics.config.AnalyticsProperties;
import io.throughline.analytics.projection.consumer.BatchHandler;
import io.throughline.analytics.projection.consumer.KafkaClients;
import io.throughline.analytics.projection.consumer.LiveProjection;
import io.throughline.analytics.projection.consumer.ProjectionMetrics;
import io.throughline.analytics.projection.consumer.RecordDecoder;
import io.throughline.analytics.projection.consumer.TopicSetup;
import io.throughline.analytics.projection.store.ClientRecomputation;
import io.throughline.analytics.projection.store.ProjectionWriter;
import io.throughline.analytics.projection.store.ReadModels;
import io.throughline.events.CoachingEventCodec;
import io.throughline.events.EventEnvelope;
import io.throughline.platform.embedded.EmbeddedKafkaBroker;
import io.throughline.platform.embedded.EmbeddedMongoServer;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Fills both topics of an embedded broker, then measures in one run: what a plain consumer reads
 * (the limit), what the live projection applies into the embedded MongoDB from the same topics, and
 * the latency of a client's patterns for a client with 10 and with 2,000 sessions.
 * Arguments: [events] [clients] (default 1,000,000 and 10,000).
 */
public final class ProjectionBenchmark {

    private static final int QUERY_WARM_UP = 300;
    private static final int QUERY_RUNS = 2_000;
    private static final int PAGE_SIZE = 10;

    private ProjectionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        System.out.printf("Benchmark: %,d events for %,d clients; %d cores, max heap %,d MB%n", events, clients,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.temporary().start();
             EmbeddedMongoServer mongoServer = EmbeddedMongoServer.inMemory(0);
             MongoClient mongo = MongoClients.create(mongoServer.connectionString())) {
            String bootstrap = broker.bootstrapServers();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                TopicSetup.ensure(admin);
            }
            long published = publish(bootstrap, BenchmarkEvents.generate(events, clients, 42));

            read(bootstrap, published, false);
            double plain = read(bootstrap, published, false);
            double decoding = read(bootstrap, published, true);
            double projection = project(bootstrap, mongo, published);
            System.out.printf("RESULT plain consumer %,.0f records/s; projection %,.0f events/s; ratio %.3f (target >= 0.3)%n",
                    plain, projection, projection / plain);
            System.out.printf("RESULT for reference, a consumer that only decodes with the contract's codec: %,.0f events/s (%.3f of plain)%n",
                    decoding, decoding / plain);

            ReadModels readModels = new ReadModels(mongo.getDatabase("analytics"), Clock.systemUTC());
            ClientPatternsQuery query = new ClientPatternsQuery(readModels);
            String small = BenchmarkEvents.SMALL_CLIENT;
            String large = BenchmarkEvents.LARGE_CLIENT;
            System.out.printf("Check: %s has %d sessions, %s has %d%n",
                    small, query.find(BenchmarkEvents.orgOf(small), small, 0, 1).orElseThrow().sessionsPage().totalElements(),
                    large, query.find(BenchmarkEvents.orgOf(large), large, 0, 1).orElseThrow().sessionsPage().totalElements());
            latencies(query, QUERY_WARM_UP);
            long[][] micros = latencies(query, QUERY_RUNS);
            long[] smallMicros = micros[0];
            long[] largeMicros = micros[1];
            System.out.printf("RESULT patterns query, %d sessions: median %d us, p99 %d us%n",
                    BenchmarkEvents.SMALL_CLIENT_SESSIONS, percentile(smallMicros, 50), percentile(smallMicros, 99));
            System.out.printf("RESULT patterns query, %,d sessions: median %d us, p99 %d us%n",
                    BenchmarkEvents.LARGE_CLIENT_SESSIONS, percentile(largeMicros, 50), percentile(largeMicros, 99));
        }
    }

    private static long publish(String bootstrap, List<EventEnvelope> events) {
        CoachingEventCodec codec = new CoachingEventCodec();
        long started = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new StringSerializer(), new ByteArraySerializer())) {
            events.forEach(event -> producer.send(codec.toRecord(event)));
        }
        System.out.printf("Published %,d events in %.1f s%n", events.size(), seconds(started));
        return events.size();
    }

    /**
     * A consumer that only reads the records: what the broker and the client library allow; with
     * {@code decode}, one that also decodes each with the contract's codec, as the projection must.
     */
    private static double read(String bootstrap, long expected, boolean decode) {
        RecordDecoder decoder = new RecordDecoder(new CoachingEventCodec());
        long started = System.nanoTime();
        long read = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "plain-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 << 20), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(TopicSetup.CONSUMED);
            while (read < expected) {
                var records = consumer.poll(Duration.ofMillis(200));
                if (decode) {
                    decoder.decode(records);
                }
                read += records.count();
            }
        }
        double rate = read / seconds(started);
        System.out.printf("%s consumer read %,d records in %.1f s: %,.0f records/s%n", decode ? "Decoding" : "Plain", read,
                seconds(started), rate);
        return rate;
    }

    /** The live projection as the service runs it, from subscribing to the last event applied. */
    private static double project(String bootstrap, MongoClient mongo, long expected) throws InterruptedException {
        Map<String, Object> client = Map.of("bootstrap.servers", bootstrap);
        KafkaClients kafka = new KafkaClients(client, client, client);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ReadModels readModels = new ReadModels(mongo.getDatabase("analytics"), Clock.systemUTC());
        readModels.active();
        AnalyticsProperties.Projection settings = new AnalyticsProperties.Projection(true, "analytics-bench",
                Integer.getInteger("bench.maxPollRecords", 10_000), 4 << 20, 250_000, Duration.ofSeconds(5), Duration.ofMillis(100),
                Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(5), 50_000);
        ProjectionMetrics metrics = new ProjectionMetrics(registry);
        BatchHandler batches = new BatchHandler(readModels, new ProjectionWriter(settings.cacheSize()), new ClientRecomputation(),
                new RecordDecoder(new CoachingEventCodec()), metrics, settings.flushRecords(), settings.flushInterval());
        LiveProjection projection = new LiveProjection(kafka, batches, metrics, settings);
        long started = System.nanoTime();
        projection.start();
        double applied = 0;
        while (applied < expected) {
            Thread.sleep(100);
            applied = registry.get("analytics.events.applied").counter().count();
        }
        double rate = applied / seconds(started);
        projection.stop();
        System.out.printf("Projection applied %,.0f events in %.1f s: %,.0f events/s (batches: %s)%n", applied, seconds(started), rate,
                registry.get("analytics.projection.batch").timer().takeSnapshot());
        return rate;
    }

    /** The two clients' queries alternate, so that neither has the warmer JVM or the quieter machine. */
    private static long[][] latencies(ClientPatternsQuery query, int runs) {
        String[] clients = {BenchmarkEvents.SMALL_CLIENT, BenchmarkEvents.LARGE_CLIENT};
        long[][] micros = new long[2][runs];
        for (int i = 0; i < runs; i++) {
            for (int c = 0; c < clients.length; c++) {
                long started = System.nanoTime();
                query.find(BenchmarkEvents.orgOf(clients[c]), clients[c], 0, PAGE_SIZE).orElseThrow();
                micros[c][i] = (System.nanoTime() - started) / 1_000;
            }
        }
        return micros;
    }

    private static long percentile(long[] values, int percentile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
