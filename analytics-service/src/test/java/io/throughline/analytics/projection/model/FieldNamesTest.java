package io.throughline.analytics.projection.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldNamesTest {

    @Test
    void escapesWhatMongoDbReadsAsPathsOrOperators() {
        assertThat(FieldNames.encode("$ave.the 100%")).isEqualTo("%24ave%2Ethe 100%25");
    }

    @Test
    void decodesWhatItEncoded() {
        for (String value : new String[] {"My boss", "v1.2 $ and 50%", "%2E is not a dot", "coach.a", ""}) {
            assertThat(FieldNames.decode(FieldNames.encode(value))).isEqualTo(value);
        }
    }
}
