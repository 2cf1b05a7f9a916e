import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Freshness on the running local stack (./run-local.sh): N topic shifts recorded through
 * session-service's REST API, each timed from its 2xx to the shift on analytics-service's timeline,
 * with the hops in between read from Kafka (the record's CreateTime is when the publisher sent it;
 * a consumer of this program's own sees when Kafka delivers it). Run by bench/freshness.sh.
 */
public class Freshness {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String SESSIONS = "http://localhost:8081";
    static final String ANALYTICS = "http://localhost:8083";
    static final String ISSUER = "http://localhost:9000";

    record Seen(long createTime, long receivedAt) {}

    public static void main(String[] args) throws Exception {
        int commands = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmup = 50;
        String org = "freshness";
        String client = "client-" + UUID.randomUUID().toString().substring(0, 8);
        String token = token();
        Map<String, Seen> seen = new ConcurrentHashMap<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> read(seen));
        Thread.sleep(2000);

        String session = "session-" + UUID.randomUUID().toString().substring(0, 8);
        post(token, "/api/v1/orgs/" + org + "/sessions", "{\"sessionId\":\"" + session + "\",\"clientId\":\"" + client
                + "\",\"coachId\":\"coach-f\",\"scheduledStart\":\"" + Instant.now().plusSeconds(60)
                + "\",\"plannedMinutes\":60}");
        post(token, "/api/v1/orgs/" + org + "/sessions/" + session + "/start", "{}");
        post(token, "/api/v1/orgs/" + org + "/sessions/" + session + "/agreement", "{\"topic\":\"Freshness\"}");

        List<long[]> rows = new ArrayList<>();
        for (int i = 0; i < warmup + commands; i++) {
            Thread.sleep(50 + (long) (Math.random() * 100));
            String body = post(
                    token,
                    "/api/v1/orgs/" + org + "/sessions/" + session + "/topic-shifts",
                    "{\"topic\":\"topic " + i + "\",\"noticedBy\":\"COACH\"}");
            long answeredAt = System.currentTimeMillis();
            long answeredNanos = System.nanoTime();
            String shiftId = field(body, "shiftId");
            long visibleNanos;
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (true) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Shift " + shiftId + " did not reach the analytics API in 30 s");
                }
                String timeline = get(token, "/api/v1/orgs/" + org + "/sessions/" + session + "/timeline");
                if (timeline != null && timeline.contains("\"" + shiftId + "\"")) {
                    visibleNanos = System.nanoTime();
                    break;
                }
                Thread.sleep(1);
            }
            long endToEnd = (visibleNanos - answeredNanos) / 1_000;
            long visibleAt = answeredAt + endToEnd / 1_000;
            Seen record = null;
            for (int wait = 0; record == null && wait < 2000; wait++) {
                record = seen.get(shiftId);
                if (record == null) {
                    Thread.sleep(1);
                }
            }
            if (i >= warmup && record != null) {
                rows.add(new long[] {
                    endToEnd,
                    (record.createTime() - answeredAt) * 1000,
                    (record.receivedAt() - record.createTime()) * 1000,
                    (visibleAt - record.createTime()) * 1000
                });
            }
        }
        reader.interrupt();
        System.out.printf("%d commands (after %d warm-up), microseconds:%n", rows.size(), warmup);
        report("2xx -> figure on the analytics API", rows, 0);
        report("2xx -> publisher sent the record (CreateTime)", rows, 1);
        report("sent -> delivered to a plain consumer", rows, 2);
        report("sent -> figure on the analytics API", rows, 3);
    }

    static void report(String what, List<long[]> rows, int column) {
        long[] values = rows.stream().mapToLong(row -> row[column]).sorted().toArray();
        System.out.printf(
                "  %-48s p50 %8d  p95 %8d  p99 %8d  max %8d%n",
                what,
                values[values.length / 2],
                values[(int) (values.length * 0.95)],
                values[(int) Math.ceil(values.length * 0.99) - 1],
                values[values.length - 1]);
    }

    static void read(Map<String, Seen> seen) {
        Properties config = new Properties();
        config.put("bootstrap.servers", "localhost:9092");
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("coaching.sessions.v1").stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.currentTimeMillis();
                    String shiftId = field(new String(record.value(), StandardCharsets.UTF_8), "shiftId");
                    if (shiftId != null) {
                        seen.put(shiftId, new Seen(record.timestamp(), now));
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.InterruptException e) {
            // done
        }
    }

    static String token() throws Exception {
        String basic = Base64.getEncoder().encodeToString("local-platform:local-platform-secret".getBytes());
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(ISSUER + "/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return field(response.body(), "access_token");
    }

    static String post(String token, String path, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(SESSIONS + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String get(String token, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(ANALYTICS + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? response.body() : null;
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return matcher.find() ? matcher.group(1) : null;
    }
}
