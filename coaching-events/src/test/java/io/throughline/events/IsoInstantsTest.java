package io.throughline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantsTest {

    @Test
    void readsWhatInstantWritesAsInstantReadsIt() {
        Random random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(
                    random.nextLong(-62_000_000_000L, 250_000_000_000L),
                    switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> random.nextInt(1_000) * 1_000_000;
                        case 2 -> random.nextInt(1_000_000) * 1_000;
                        default -> random.nextInt(1_000_000_000);
                    });
            String text = instant.toString();

            assertThat(IsoInstants.parseUtc(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-23T10:00:00+01:00",
                "2026-11-23T10:00:00z",
                "2026-11-23t10:00:00Z",
                "2026-11-23T10:00Z",
                "2026-11-23T10:00:00.Z",
                "2026-11-23T10:00:00.1234567890Z",
                "2026-11-23T24:00:00Z",
                "2026-11-23T10:60:00Z",
                "2026-11-23T10:00:60Z",
                "2026-02-30T10:00:00Z",
                "2026-13-01T10:00:00Z",
                "+12026-11-23T10:00:00Z",
                "2026-11-23T1a:00:00Z",
                "2026-11-23 10:00:00Z",
                ""
            })
    void leavesEveryOtherFormToTheFullParsers(String text) {
        assertThat(IsoInstants.parseUtc(text)).isNull();
    }
}
