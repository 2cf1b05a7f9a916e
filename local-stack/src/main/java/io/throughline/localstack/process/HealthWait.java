package io.throughline.localstack.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Polls a supervised process's HTTP endpoint until it answers as expected. */
final class HealthWait {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final SupervisedProcess process;
    private final String path;
    private final String expected;

    HealthWait(SupervisedProcess process, String path, String expected) {
        this.process = process;
        this.path = path;
        this.expected = expected;
    }

    void await(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String name = process.name();
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        "http://" + ProcessSpec.LOOPBACK + ":" + process.spec().port() + path))
                .timeout(Duration.ofSeconds(3))
                .GET()
                .build();
        while (System.nanoTime() < deadline) {
            if (process.isDownForGood()) {
                throw new ProcessFailure(name + " " + process.describeExit() + ": " + process.lastError() + " — see "
                        + process.spec().log());
            }
            if (process.isAlive() && answers(request)) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProcessFailure("interrupted while waiting for " + name);
            }
        }
        throw new ProcessFailure(name + " did not answer " + path + " within " + timeout.toSeconds() + " s: "
                + process.lastError() + " — see " + process.spec().log());
    }

    private boolean answers(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains(expected);
        } catch (IOException e) {
            return false; // not listening yet, or starting
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProcessFailure("interrupted while waiting for " + process.name());
        }
    }
}
