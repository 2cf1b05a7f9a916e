package io.throughline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConsoleSupervisionTest {

    @Test
    void aRestartIsOneLineAsTheIssueWritesIt() {
        assertThat(ConsoleSupervision.restartLine("analytics-service", 137, 1))
                .isEqualTo("analytics-service exited (137), restarted — 1st time");
    }

    @Test
    void restartsAreCountedInEnglishOrdinals() {
        assertThat(IntStream.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111)
                        .mapToObj(ConsoleSupervision::ordinal)
                        .toList())
                .containsExactly(
                        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th");
    }
}
