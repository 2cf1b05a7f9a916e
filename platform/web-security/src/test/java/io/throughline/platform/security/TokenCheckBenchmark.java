package io.throughline.platform.security;

import io.throughline.platform.security.secured.SecuredApplication;
import io.throughline.platform.testing.TestIssuer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a token check adds to a request: the same small answer fetched over HTTP through the API (bearer token:
 * RSA signature, issuer, expiry, the organisation check and the role table) and from an open path with no
 * security, interleaved in rounds; medians and 99th percentiles of each, and of the decoder alone.
 * {@code ./mvnw -pl platform/web-security -am -Pbenchmark -DskipTests verify [-Dbenchmark.requests=5000 -Dbenchmark.rounds=5]}
 */
public final class TokenCheckBenchmark {

    public static void main(String[] args) throws Exception {
        int requests = Integer.getInteger("benchmark.requests", 5000);
        int rounds = Integer.getInteger("benchmark.rounds", 5);
        TestIssuer issuer = TestIssuer.get();
        SpringApplication application = new SpringApplication(SecuredApplication.class);
        try (ConfigurableApplicationContext context = application.run(
                "--server.port=0",
                "--throughline.issuer-uri=" + issuer.uri(),
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off")) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            String token = issuer.supervisor("acme");
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest secured = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/orgs/acme/things"))
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build();
            HttpRequest open = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open/orgs/acme/things"))
                    .GET()
                    .build();
            time(http, secured, requests);
            time(http, open, requests);
            List<long[]> securedRounds = new ArrayList<>();
            List<long[]> openRounds = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                long[] withToken = time(http, secured, requests);
                long[] without = time(http, open, requests);
                securedRounds.add(withToken);
                openRounds.add(without);
                System.out.printf(
                        "round %d: with token median %.0f µs p99 %.0f µs; open median %.0f µs p99 %.0f µs%n",
                        round,
                        percentile(withToken, 50),
                        percentile(withToken, 99),
                        percentile(without, 50),
                        percentile(without, 99));
            }
            long[] decoder =
                    decode(context.getBean(org.springframework.security.oauth2.jwt.JwtDecoder.class), token, requests);
            double withMedian = median(securedRounds, 50);
            double openMedian = median(openRounds, 50);
            System.out.printf(
                    "median of %d rounds × %d requests: with token %.0f µs, open %.0f µs, the check adds "
                            + "%.0f µs (p99 %.0f vs %.0f µs); the decoder alone median %.0f µs%n",
                    rounds,
                    requests,
                    withMedian,
                    openMedian,
                    withMedian - openMedian,
                    median(securedRounds, 99),
                    median(openRounds, 99),
                    percentile(decoder, 50));
        }
    }

    private static long[] time(HttpClient http, HttpRequest request, int count) throws Exception {
        long[] micros = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            micros[i] = (System.nanoTime() - start) / 1_000;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
            }
        }
        return micros;
    }

    private static long[] decode(org.springframework.security.oauth2.jwt.JwtDecoder decoder, String token, int count) {
        long[] micros = new long[count];
        for (int i = 0; i < count * 2; i++) {
            long start = System.nanoTime();
            decoder.decode(token);
            if (i >= count) {
                micros[i - count] = (System.nanoTime() - start) / 1_000;
            }
        }
        return micros;
    }

    private static double median(List<long[]> rounds, int percentile) {
        double[] values = rounds.stream()
                .mapToDouble(round -> percentile(round, percentile))
                .sorted()
                .toArray();
        return values[values.length / 2];
    }

    private static double percentile(long[] micros, int percentile) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}
