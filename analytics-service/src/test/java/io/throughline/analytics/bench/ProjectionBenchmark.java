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
import io.throughline.platform.testing.MongoServerProcess;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Fills both topics of an embedded broker, then measures, in rounds after a warm-up: what a plain
 * consumer reads (the limit; the better of two reads), what a consumer that only decodes reads (for
 * reference), and what the live projection applies from the same topics into a fresh database; then
 * the latency of a client's patterns for a client with 10 and with 2,000 sessions. The MongoDB is the embedded in-memory server
 * in a JVM of its own, or {@code -Dbench.mongo=mongodb://…}.
 * Arguments: [events] [clients] [rounds] (default 1,000,000, 10,000 and 3).
 */
public final class ProjectionBenchmark {

    private static final int QUERY_WARM_UP = 300;
    private static final int QUERY_RUNS = 2_000;
    private static final int PAGE_SIZE = 10;
    private static final int WARM_UP_EVENTS = 200_000;

    /**
     * Rates per second; where the projection's time went: decoding and staging polls (projection thread),
     * writing flushes (writer thread, overlapping the staging), CPU of this JVM and of MongoDB's.
     */
    private record Round(
            double plain,
            double decoding,
            double projection,
            double stagingSeconds,
            double writeSeconds,
            double cpuSeconds,
            double mongoCpuSeconds) {
        double ratio() {
            return projection / plain;
        }

        Round withLimits(double plainRate, double decodingRate) {
            return new Round(
                    plainRate, decodingRate, projection, stagingSeconds, writeSeconds, cpuSeconds, mongoCpuSeconds);
        }
    }

    private ProjectionBenchmark() {}

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String mongoUri = System.getProperty("bench.mongo", "");
        System.out.printf(
                "Benchmark: %,d events for %,d clients, %d rounds; %d cores, max heap %,d MB, load %s%n",
                events,
                clients,
                rounds,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                load());
        System.out.printf("Projection settings: %s%n", settings("-").toString().replaceFirst("^.*?\\[", "["));
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.temporary().start();
                MongoServerProcess server = mongoUri.isBlank() ? MongoServerProcess.start("3g") : null;
                MongoClient mongo = MongoClients.create(server != null ? server.connectionString() : mongoUri)) {
            System.out.println("MongoDB: "
                    + (server != null
                            ? "embedded (mongo-java-server, in memory) in its own JVM at " + server.connectionString()
                            : mongoUri));
            String bootstrap = broker.bootstrapServers();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                TopicSetup.ensure(admin);
            }
            long published = publish(bootstrap, BenchmarkEvents.generate(events, clients, 42));

            read(bootstrap, published, false);
            read(bootstrap, published, true);
            project(bootstrap, mongo, server, "analytics-warm-up", Math.min(WARM_UP_EVENTS, published));
            mongo.getDatabase("analytics-warm-up").drop();
            System.out.println("Warm-up done");

            List<Round> results = new ArrayList<>();
            String database = null;
            for (int round = 1; round <= rounds; round++) {
                if (database != null) {
                    mongo.getDatabase(database).drop();
                }
                database = "analytics-" + round;
                double plain = Math.max(read(bootstrap, published, false), read(bootstrap, published, false));
                double decoding = read(bootstrap, published, true);
                Round result =
                        project(bootstrap, mongo, server, database, published).withLimits(plain, decoding);
                results.add(result);
                System.out.printf(
                        Locale.ROOT,
                        "Round %d (load %s): plain %,.0f records/s, decoding %,.0f (%.3f), projection %,.0f events/s:"
                                + " ratio %.3f%n",
                        round,
                        load(),
                        plain,
                        decoding,
                        decoding / plain,
                        result.projection(),
                        result.ratio());
            }
            report(results);
            queries(mongo, database);
        }
        System.out.println("Load at the end: " + load());
    }

    private static void report(List<Round> results) {
        System.out.println();
        System.out.println(
                "| round | plain consumer (records/s) | decode only (events/s) | projection (events/s) | projection ÷ plain |"
                        + " staging / writing (s) | CPU s: projection JVM / MongoDB JVM |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (int i = 0; i < results.size(); i++) {
            Round round = results.get(i);
            System.out.printf(
                    Locale.ROOT,
                    "| %d | %,.0f | %,.0f (%.3f) | %,.0f | **%.3f** | %.1f / %.1f | %.1f / %.1f |%n",
                    i + 1,
                    round.plain(),
                    round.decoding(),
                    round.decoding() / round.plain(),
                    round.projection(),
                    round.ratio(),
                    round.stagingSeconds(),
                    round.writeSeconds(),
                    round.cpuSeconds(),
                    round.mongoCpuSeconds());
        }
        double[] ratios = results.stream().mapToDouble(Round::ratio).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "RESULT projection ÷ plain consumer: median %.3f of %d rounds (min %.3f, max %.3f; target >= 0.3)%n",
                ratios[ratios.length / 2],
                ratios.length,
                ratios[0],
                ratios[ratios.length - 1]);
    }

    private static void queries(MongoClient mongo, String database) {
        ReadModels readModels = new ReadModels(mongo.getDatabase(database), Clock.systemUTC());
        ClientPatternsQuery query = new ClientPatternsQuery(readModels);
        String small = BenchmarkEvents.SMALL_CLIENT;
        String large = BenchmarkEvents.LARGE_CLIENT;
        System.out.printf(
                "Check: %s has %d sessions, %s has %d%n",
                small,
                query.find(BenchmarkEvents.orgOf(small), small, 0, 1)
                        .orElseThrow()
                        .sessionsPage()
                        .totalElements(),
                large,
                query.find(BenchmarkEvents.orgOf(large), large, 0, 1)
                        .orElseThrow()
                        .sessionsPage()
                        .totalElements());
        latencies(query, QUERY_WARM_UP);
        long[][] micros = latencies(query, QUERY_RUNS);
        System.out.printf(
                "RESULT patterns query, %d sessions: median %d us, p99 %d us%n",
                BenchmarkEvents.SMALL_CLIENT_SESSIONS, percentile(micros[0], 50), percentile(micros[0], 99));
        System.out.printf(
                "RESULT patterns query, %,d sessions: median %d us, p99 %d us%n",
                BenchmarkEvents.LARGE_CLIENT_SESSIONS, percentile(micros[1], 50), percentile(micros[1], 99));
    }

    private static long publish(String bootstrap, List<EventEnvelope> events) {
        CoachingEventCodec codec = new CoachingEventCodec();
        long started = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ProducerConfig.LINGER_MS_CONFIG,
                        20,
                        ProducerConfig.BATCH_SIZE_CONFIG,
                        256 * 1024),
                new StringSerializer(),
                new ByteArraySerializer())) {
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
        settle();
        RecordDecoder decoder = new RecordDecoder(new CoachingEventCodec());
        long started = System.nanoTime();
        long read = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "plain-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        10_000,
                        ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG,
                        4 << 20),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(TopicSetup.CONSUMED);
            while (read < expected) {
                var records = consumer.poll(Duration.ofMillis(200));
                if (decode) {
                    decoder.decode(records);
                }
                read += records.count();
            }
        }
        return read / seconds(started);
    }

    /** The live projection as the service runs it, in a group of its own, from subscribing to the {@code expected}-th event applied. */
    private static Round project(
            String bootstrap, MongoClient mongo, MongoServerProcess server, String database, long expected)
            throws InterruptedException {
        Map<String, Object> client = Map.of("bootstrap.servers", bootstrap);
        KafkaClients kafka = new KafkaClients(client, client, client);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ReadModels readModels = new ReadModels(mongo.getDatabase(database), Clock.systemUTC());
        readModels.active();
        AnalyticsProperties.Projection settings = settings(database);
        ProjectionMetrics metrics = new ProjectionMetrics(registry);
        BatchHandler batches = new BatchHandler(
                readModels,
                new ProjectionWriter(settings.cacheSize()),
                new ClientRecomputation(),
                new RecordDecoder(new CoachingEventCodec()),
                metrics,
                settings.flushRecords(),
                settings.flushInterval());
        LiveProjection projection = new LiveProjection(kafka, batches, metrics, settings);
        settle();
        double cpu = processCpuSeconds();
        double mongoCpu = server == null ? Double.NaN : server.cpuSeconds();
        long started = System.nanoTime();
        projection.start();
        double applied = 0;
        while (applied < expected) {
            Thread.sleep(20);
            applied = registry.get("analytics.events.applied").counter().count();
        }
        double rate = applied / seconds(started);
        cpu = processCpuSeconds() - cpu;
        mongoCpu = server == null ? Double.NaN : server.cpuSeconds() - mongoCpu;
        projection.stop();
        System.out.printf(
                "Documents written for %,.0f events: %s%n",
                applied,
                registry.find("analytics.projection.documents.written").counters().stream()
                        .map(counter -> counter.getId().getTag("collection") + " "
                                + String.format(Locale.ROOT, "%,.0f", counter.count()))
                        .sorted()
                        .toList());
        return new Round(
                0,
                0,
                rate,
                registry.get("analytics.projection.batch").timer().totalTime(TimeUnit.SECONDS),
                registry.get("analytics.projection.write").timer().totalTime(TimeUnit.SECONDS),
                cpu,
                mongoCpu);
    }

    private static AnalyticsProperties.Projection settings(String group) {
        return new AnalyticsProperties.Projection(
                true,
                "analytics-bench-" + group,
                Integer.getInteger("bench.maxPollRecords", 10_000),
                4 << 20,
                Integer.getInteger("bench.flushRecords", 250_000),
                Duration.ofMillis(Integer.getInteger("bench.flushIntervalMs", 5_000)),
                Duration.ofMillis(Integer.getInteger("bench.alignmentSlackMs", 100)),
                Duration.ofMillis(200),
                Duration.ofSeconds(1),
                Duration.ofSeconds(5),
                Integer.getInteger("bench.cacheSize", 50_000));
    }

    /** The two clients' queries alternate, so that neither has the warmer JVM or the quieter machine. */
    private static long[][] latencies(ClientPatternsQuery query, int runs) {
        String[] clients = {BenchmarkEvents.SMALL_CLIENT, BenchmarkEvents.LARGE_CLIENT};
        long[][] micros = new long[2][runs];
        for (int i = 0; i < runs; i++) {
            for (int c = 0; c < clients.length; c++) {
                long started = System.nanoTime();
                query.find(BenchmarkEvents.orgOf(clients[c]), clients[c], 0, PAGE_SIZE)
                        .orElseThrow();
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

    /**
     * Starts each measurement with the garbage of the one before collected: unsettled, the plain
     * consumer right after a projection round paid for that round's heap and read at half its rate.
     */
    private static void settle() {
        System.gc();
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Includes the embedded broker's threads, which serve the projection's fetches. */
    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
    }

    private static String load() {
        try {
            String[] loadavg = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return loadavg[0] + " " + loadavg[1] + " " + loadavg[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
