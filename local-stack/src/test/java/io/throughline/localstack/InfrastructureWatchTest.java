package io.throughline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InfrastructureWatchTest {

    @Test
    void saysOnceWhatStoppedAnsweringAfterTheFailuresInARow() throws Exception {
        ServerSocket broker = new ServerSocket();
        broker.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        int port = broker.getLocalPort();
        CompletableFuture<String> failure = new CompletableFuture<>();
        InfrastructureWatch watch = new InfrastructureWatch(Duration.ofMillis(50), 3)
                .check("the broker on " + port, () -> InfrastructureWatch.accepts(port));
        watch.start(failure::complete);

        Thread.sleep(400);
        assertThat(failure).as("answering: no failure").isNotDone();

        broker.close();
        assertThat(failure.get(10, TimeUnit.SECONDS)).isEqualTo("the broker on " + port + " stopped answering");
    }

    @Test
    void aPlannedStopIsNoFailure() throws Exception {
        CompletableFuture<String> failure = new CompletableFuture<>();
        boolean[] down = {false};
        InfrastructureWatch watch =
                new InfrastructureWatch(Duration.ofMillis(50), 3).check("the broker", () -> !down[0]);
        watch.start(failure::complete);
        watch.stop();
        down[0] = true;

        Thread.sleep(500);
        assertThat(failure).isNotDone();
    }
}
