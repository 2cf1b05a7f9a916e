package io.throughline.analytics.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.throughline.analytics.client.query.ClientPatternsQuery;
import io.throughline.analytics.projection.consumer.ProjectionListener;
import io.throughline.analytics.projection.consumer.ProjectionMetrics;
import io.throughline.analytics.projection.consumer.TopicSetup;
import io.throughline.analytics.projection.store.ReadModels;
import io.throughline.events.CoachingEventCodec;
import io.throughline.events.EventEnvelope;
import io.throughline.platform.embedded.EmbeddedKafkaBroker;
import io.throughline.platform.testing.MongoServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.DoubleSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;

/**
 * One topic pair of {@code events} events for {@code clients} clients on an embedded broker, and
 * MongoDB in a JVM of its own (or {@code -Dbench.mongo=mongodb://…}). Measures, per round: (a) a plain
 * Kafka consumer reading every record (the limit), (b) the naive peer ({@link NaivePeer}, for at most
 * {@code bench.naiveSeconds}, from the start of the topics: its rate only falls as its collection grows)
 * and (c) the projection as the service runs it (its batch listener container, into a fresh
 * database, all events). Then patterns-query latency for a client with 10 and one with 2,000 sessions.
 * Arguments: [events] [clients] [rounds] (default 1,000,000, 10,000 and 2).
 */
public final class ProjectionBenchmark {

    private static final int QUERY_RUNS = 2_000;
    private static MongoServerProcess mongoServer;

    private ProjectionBenchmark() {}

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int naiveSeconds = Integer.getInteger("bench.naiveSeconds", 60);
        String mongoUri = System.getProperty("bench.mongo", "");
        System.out.printf(
                "Benchmark: %,d events for %,d clients, %d rounds; %d cores, load %s%n",
                events, clients, rounds, Runtime.getRuntime().availableProcessors(), load());
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.temporary().start();
                MongoServerProcess server = mongoUri.isBlank() ? MongoServerProcess.start("3g") : null;
                MongoClient mongo = MongoClients.create(server != null ? server.connectionString() : mongoUri)) {
            System.out.println(
                    "MongoDB: " + (server != null ? "embedded, own JVM, " + server.connectionString() : mongoUri));
            String bootstrap = broker.bootstrapServers();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                TopicSetup.ensure(admin);
            }
            long published = publish(bootstrap, BenchmarkEvents.generate(events, clients, 42));
            read(bootstrap, published);
            ours(bootstrap, mongo, "bench-warm-up", Math.min(200_000, published));
            mongo.getDatabase("bench-warm-up").drop();
            String database = null;
            System.out.println(
                    "| round | load | (a) plain consumer | (b) naive peer | (c) ours | ours ÷ naive | ours ÷ plain |");
            System.out.println("|---|---|---:|---:|---:|---:|---:|");
            for (int round = 1; round <= rounds; round++) {
                if (database != null) {
                    mongo.getDatabase(database).drop();
                }
                database = "bench-ours-" + round;
                String loadBefore = load();
                double plain = Math.max(read(bootstrap, published), read(bootstrap, published));
                double naive = naive(bootstrap, mongo, "bench-naive-" + round, published, naiveSeconds);
                mongo.getDatabase("bench-naive-" + round).drop();
                double ours = ours(bootstrap, mongo, database, published);
                System.out.printf(
                        Locale.ROOT,
                        "| %d | %s | %,.0f | %,.0f | %,.0f | **%.1f×** | %.3f |%n",
                        round,
                        loadBefore,
                        plain,
                        naive,
                        ours,
                        ours / naive,
                        ours / plain);
            }
            queries(mongo, database);
        }
        System.out.println("Load at the end: " + load());
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

    /** (a) Records per second a plain consumer reads, nothing else. */
    private static double read(String bootstrap, long expected) {
        settle();
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
                read += consumer.poll(java.time.Duration.ofMillis(200)).count();
            }
        }
        return read / seconds(started);
    }

    /** (b) Events per second of the naive peer, over at most {@code seconds}. */
    private static double naive(String bootstrap, MongoClient mongo, String database, long expected, int seconds)
            throws InterruptedException {
        settle();
        long started = System.nanoTime();
        try (NaivePeer peer = new NaivePeer(
                bootstrap, mongo.getDatabase(database).getCollection("sessions"), "naive-" + UUID.randomUUID())) {
            return rate(() -> NaivePeer.processed.get(), expected, started, seconds);
        }
    }

    /** (c) Events per second of the projection's own listener container, all events into a fresh database. */
    private static double ours(String bootstrap, MongoClient mongo, String database, long expected)
            throws InterruptedException {
        settle();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ReadModels readModels = new ReadModels(mongo.getDatabase(database));
        readModels.initialise();
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "ours-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.getInteger("bench.maxPollRecords", 50_000));
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 << 20);
        config.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, List.of(RangeAssignor.class.getName()));
        ConcurrentKafkaListenerContainerFactory<byte[], byte[]> factory =
                new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(
                new DefaultKafkaConsumerFactory<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer()));
        factory.setBatchListener(true);
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        ProjectionListener listener = new ProjectionListener(readModels, new ProjectionMetrics(registry));
        ConcurrentMessageListenerContainer<byte[], byte[]> container =
                factory.createContainer(TopicSetup.CONSUMED.toArray(String[]::new));
        container.setupMessageListener(listener);
        double cpu = cpuSeconds();
        double mongoCpu = mongoServer == null ? Double.NaN : mongoServer.cpuSeconds();
        long started = System.nanoTime();
        container.start();
        try {
            return rate(
                    () -> registry.get("analytics.events.applied").counter().count()
                            + registry.get("analytics.events.duplicates")
                                    .counter()
                                    .count(),
                    expected,
                    started,
                    Integer.MAX_VALUE);
        } finally {
            container.stop();
            var batches = registry.get("analytics.projection.batch").timer();
            System.out.printf(
                    Locale.ROOT,
                    "  ours: %,d batches (%.0f events each), %.1f s in batches, of which %.1f s reading, folding and"
                            + " writing; CPU s: this JVM (with the broker) %.1f, MongoDB's %.1f%n",
                    batches.count(),
                    expected / (double) Math.max(1, batches.count()),
                    batches.totalTime(java.util.concurrent.TimeUnit.SECONDS),
                    registry.get("analytics.projection.write").timer().totalTime(java.util.concurrent.TimeUnit.SECONDS),
                    cpuSeconds() - cpu,
                    mongoServer == null ? Double.NaN : mongoServer.cpuSeconds() - mongoCpu);
        }
    }

    private static double rate(DoubleSupplier done, long expected, long started, int maxSeconds)
            throws InterruptedException {
        while (done.getAsDouble() < expected && seconds(started) < maxSeconds) {
            Thread.sleep(20);
        }
        return done.getAsDouble() / seconds(started);
    }

    private static void queries(MongoClient mongo, String database) {
        ClientPatternsQuery query = new ClientPatternsQuery(new ReadModels(mongo.getDatabase(database)));
        String[] names = {BenchmarkEvents.SMALL_CLIENT, BenchmarkEvents.LARGE_CLIENT};
        for (String name : names) {
            System.out.printf(
                    "Check: %s has %d sessions%n",
                    name,
                    query.find(BenchmarkEvents.orgOf(name), name, 0, 1)
                            .orElseThrow()
                            .sessionsPage()
                            .totalElements());
        }
        long[][] micros = new long[2][QUERY_RUNS];
        for (int warm = 0; warm < 2; warm++) {
            for (int i = 0; i < QUERY_RUNS; i++) {
                for (int c = 0; c < 2; c++) {
                    long started = System.nanoTime();
                    query.find(BenchmarkEvents.orgOf(names[c]), names[c], 0, 10).orElseThrow();
                    micros[c][i] = (System.nanoTime() - started) / 1_000;
                }
            }
        }
        for (int c = 0; c < 2; c++) {
            Arrays.sort(micros[c]);
            System.out.printf(
                    "RESULT patterns query, %s: median %d us, p99 %d us%n",
                    names[c], micros[c][QUERY_RUNS / 2], micros[c][QUERY_RUNS * 99 / 100]);
        }
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean)
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
    }

    private static void settle() {
        System.gc();
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String load() {
        try {
            return String.join(
                    " ",
                    Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
