package io.throughline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code ./run-local.sh --fresh --demo} in a temporary data directory, checks the article's
 * session against METRICS.md's worked example, the demo's three attention flags (a supervisor's
 * {@code GET /attention}) and that the local issuer's tokens decide who reads what, stops it as
 * Ctrl-C would, starts it again without {@code --fresh} (and with {@code --demo} again) and checks
 * that nothing changed or doubled. Every API request carries a token of the local
 * issuer, {@code local-platform}'s unless it says otherwise.
 */
class RunLocalIT {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final String ORG = "http://localhost:%d/api/v1/orgs/demo";
    private static final String TOKEN_ENDPOINT = "http://localhost:9000/oauth2/token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDirectory;

    @Test
    void theDemoShowsTheArticlesSessionAsMetricsMdWorksItOutAndSurvivesARestart() throws Exception {
        Path firstLog = dataDirectory.resolve("first-run.out");
        Process first = start(firstLog, "--fresh", "--demo");
        Snapshot before;
        try {
            awaitRunning(first, firstLog);
            assertThat(Files.readString(firstLog))
                    .contains("Issuer             http://localhost:9000", "Demo sign-ins at http://localhost:8083/");
            assertTheWorkedExample();
            assertTheIssuersTokensDecideWhoReadsWhat();
            DemoAttention.assertTheThreeStories(token("demo-supervisor", "demo-secret"));
            before = snapshot();
        } finally {
            interrupt(first);
        }
        assertThat(first.exitValue()).as("a clean stop").isIn(0, 130, 143);
        assertEverythingStopped();

        Path secondLog = dataDirectory.resolve("second-run.out");
        Process second = start(secondLog, "--demo");
        try {
            awaitRunning(second, secondLog);
            assertTheWorkedExample();
            Snapshot after = snapshot();
            assertThat(after.articleEvents())
                    .as("no event of the article's session doubled")
                    .isEqualTo(before.articleEvents());
            assertThat(after.clientPatterns()).isEqualTo(before.clientPatterns());
            assertThat(after.overview()).isEqualTo(before.overview());
            assertThat(DemoAttention.assertTheThreeStories(token("demo-supervisor", "demo-secret")))
                    .as("the same flags after --demo again")
                    .isEqualTo(before.attention());
            assertThat(Files.readString(secondLog)).contains("already complete");
        } finally {
            interrupt(second);
        }
        assertEverythingStopped();
    }

    private void assertTheWorkedExample() throws Exception {
        JsonNode timeline = get(analytics("/sessions/article-session/timeline"));
        assertThat(timeline.path("minutesToAgreement").asDouble()).isEqualTo(3.0);
        assertThat(timeline.path("onAgreedTopicShare").asDouble()).isCloseTo(52.0 / 57.0, within(1e-6));
        assertThat(timeline.path("offTopicMinutes").asDouble()).isEqualTo(5.0);
        assertThat(timeline.path("topicShifts").asInt()).isEqualTo(2);
        assertThat(timeline.path("unresolvedShifts").asInt()).isZero();
        List<String> segments = new ArrayList<>();
        timeline.path("segments")
                .forEach(segment -> segments.add(segment.path("kind").asText() + " "
                        + segment.path("from").asText().substring(11, 16) + "–"
                        + segment.path("to").asText().substring(11, 16)));
        assertThat(segments)
                .containsExactly(
                        "ON_AGREED_TOPIC 10:03–10:40",
                        "OFF_TOPIC 10:40–10:45",
                        "ON_AGREED_TOPIC 10:45–10:52",
                        "CONNECTED_CONTEXT 10:52–10:55",
                        "ON_AGREED_TOPIC 10:55–11:00");
        List<Double> toReContract = new ArrayList<>();
        timeline.path("shifts")
                .forEach(shift ->
                        toReContract.add(shift.path("minutesToReContract").asDouble()));
        assertThat(toReContract).containsExactly(5.0, 3.0);

        JsonNode row = null;
        for (int page = 0; row == null; page++) {
            JsonNode patterns = get(analytics("/clients/coachee-1/patterns?size=100&page=" + page));
            for (JsonNode session : patterns.path("sessions")) {
                if (session.path("sessionId").asText().equals("article-session")) {
                    row = session;
                }
            }
            assertThat(page)
                    .as("the article session is listed")
                    .isLessThan(patterns.path("sessionsPage").path("totalPages").asInt());
        }
        assertThat(row.path("status").asText()).isEqualTo("ENDED");
        assertThat(row.path("topicShifts").asInt()).isEqualTo(2);
        assertThat(row.path("onAgreedTopicShare").asDouble()).isCloseTo(52.0 / 57.0, within(1e-6));
        assertThat(row.path("minutesToAgreement").asDouble()).isEqualTo(3.0);
        assertThat(row.path("prepForm").asText()).isEqualTo("ON_TIME");
    }

    /** API.md, "Identity and access": no token 401; a supervisor reads the overview, a client may not. */
    private static void assertTheIssuersTokensDecideWhoReadsWhat() throws Exception {
        String overview = analytics("/overview");
        assertThat(status(overview, null)).as("no token").isEqualTo(401);
        assertThat(status(overview, token("demo-supervisor", "demo-secret")))
                .as("demo-supervisor")
                .isEqualTo(200);
        assertThat(status(overview, token("coachee-1", "demo-secret")))
                .as("coachee-1")
                .isEqualTo(403);
    }

    private record Snapshot(JsonNode articleEvents, JsonNode clientPatterns, JsonNode overview, JsonNode attention) {}

    private Snapshot snapshot() throws Exception {
        JsonNode events = get("http://localhost:8081/api/v1/orgs/demo/sessions/article-session/events");
        assertThat(events).hasSize(10);
        return new Snapshot(
                events,
                get(analytics("/clients/coachee-1/patterns?size=100")),
                get(analytics("/overview")),
                get(analytics("/attention")));
    }

    private Process start(Path output, String... options) throws IOException {
        List<String> command = new ArrayList<>(
                List.of("bash", REPOSITORY.resolve("run-local.sh").toString()));
        command.addAll(List.of(options));
        command.addAll(List.of("--data-dir", dataDirectory.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(REPOSITORY.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder.start();
    }

    private static void awaitRunning(Process process, Path output) {
        await().atMost(Duration.ofMinutes(6))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    String printed = Files.readString(output);
                    if (!process.isAlive()) {
                        throw new AssertionError("run-local.sh ended early:\n" + printed);
                    }
                    return printed.contains("Throughline is running.");
                });
    }

    /** Ctrl-C: SIGINT to the launcher, which stops the services and the infrastructure. */
    private static void interrupt(Process process) throws Exception {
        if (process.isAlive()) {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("run-local.sh did not stop within 90 s of Ctrl-C");
            }
        }
    }

    private static void assertEverythingStopped() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (int port : new int[] {8081, 8082, 8083, 9000, 9092, 27017}) {
                Ports.requireFree(port, "left over");
            }
        });
    }

    private static String analytics(String path) {
        return String.format(ORG, 8083) + path;
    }

    /** GET as local-platform, which may read everything. */
    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token("local-platform", "local-platform-secret"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + " → " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static int status(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** An access token of the local issuer for a client, as API.md has scripts take one. */
    private static String token(String clientId, String secret) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(TOKEN_ENDPOINT))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("a token for " + clientId + " → " + response.body())
                .isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asText();
    }
}
