package io.throughline.prepform.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrepFormKeyTest {

    private static final String LONGEST_ID = "x".repeat(64);

    @Test
    void givesASessionTheSameFormIdEveryTime() {
        assertThat(PrepFormKey.forSession("demo", "session-1")).isEqualTo(PrepFormKey.forSession("demo", "session-1"));
    }

    @Test
    void givesEachSessionItsOwnFormId() {
        assertThat(PrepFormKey.forSession("demo", "session-1").prepFormId())
                .isNotEqualTo(PrepFormKey.forSession("demo", "session-2").prepFormId());
    }

    @Test
    void givesTheSameSessionIdInTwoOrganisationsTwoFormIds() {
        assertThat(PrepFormKey.forSession("org-a", "session-1").prepFormId())
                .isNotEqualTo(PrepFormKey.forSession("org-b", "session-1").prepFormId());
    }

    @Test
    void keepsTheDerivedIdAValidApiId() {
        assertThat(PrepFormKey.forSession(LONGEST_ID, LONGEST_ID).prepFormId()).matches("[A-Za-z0-9._-]{1,64}");
    }

    @Test
    void recognisesTheFormOfItsSession() {
        assertThat(PrepFormKey.forSession("demo", "session-1").isFormOf("session-1"))
                .isTrue();
        assertThat(new PrepFormKey("demo", "prep-1").isFormOf("session-1")).isFalse();
    }

    @Test
    void storesEachOrganisationsFormsApart() {
        assertThat(new PrepFormKey("org-a", "prep-1").toString())
                .isNotEqualTo(new PrepFormKey("org-b", "prep-1").toString());
    }
}
