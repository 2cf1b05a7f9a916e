package io.throughline.localstack.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {

    @Test
    void theStandardBackOffDoublesFromOneSecondToAtMostThirty() {
        assertThat(IntStream.rangeClosed(1, 8)
                        .mapToObj(crash -> RestartPolicy.STANDARD.backOff(crash).toSeconds())
                        .toList())
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
    }

    @Test
    void theStandardPolicyLeavesAProcessDownAtItsFifthCrashWithinFiveMinutes() {
        assertThat(RestartPolicy.STANDARD.givesUp(4)).isFalse();
        assertThat(RestartPolicy.STANDARD.givesUp(5)).isTrue();
        assertThat(RestartPolicy.STANDARD.window()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aPolicyThatCannotWorkIsRefused() {
        assertThatThrownBy(
                        () -> new RestartPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 5, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
