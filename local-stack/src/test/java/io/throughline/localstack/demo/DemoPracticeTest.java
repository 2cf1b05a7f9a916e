package io.throughline.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape of the demo's twelve weeks; what analytics makes of them RunLocalIT checks on the real stack. */
class DemoPracticeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Instant MIDNIGHT = TODAY.atStartOfDay().toInstant(ZoneOffset.UTC);

    private final List<DemoSession> sessions = new DemoPractice(TODAY).sessions();

    @Test
    void sessionIdsAreUniqueSoThatLoadingAgainAddsNothing() {
        assertThat(sessions).extracting(session -> session.sessionId).doesNotHaveDuplicates();
    }

    @Test
    void theSessionsSpanTwelveWeeksWithinTheTrendsDefaultRange() {
        Instant first = sessions.stream()
                .map(session -> session.start)
                .min(Instant::compareTo)
                .orElseThrow();
        assertThat(Duration.between(first, MIDNIGHT).toDays())
                .as("days from the first session to today: the trends' default range holds 84 of them")
                .isBetween(78L, 84L);
        assertThat(sessions)
                .extracting(session -> session.clientId)
                .containsOnly("coachee-1", "coachee-2", "coachee-3", "coachee-4", "coachee-5", "coachee-6");
        assertThat(sessions).extracting(session -> session.coachId).containsOnly("coach-1", "coach-2", "coach-3");
    }

    @Test
    void coachee4HasNoSessionInTheLast28DaysAndNoneAhead() {
        assertThat(sessions)
                .filteredOn(session -> session.clientId.equals("coachee-4") && session.starts())
                .allSatisfy(session -> assertThat(session.start).isBefore(MIDNIGHT.minus(Duration.ofDays(28))));
        assertThat(sessions)
                .filteredOn(session -> session.clientId.equals("coachee-4") && !session.starts())
                .allSatisfy(session -> assertThat(session.steps)
                        .extracting(DemoSession.Step::path)
                        .containsExactly("cancel"));
    }

    @Test
    void theArticlesSessionIsEightDaysAgoAndCoachee1sLastBeforeTheNextOne() {
        DemoSession article = sessions.getFirst();
        assertThat(article.sessionId).isEqualTo(DemoPractice.ARTICLE_SESSION);
        assertThat(article.start).isEqualTo(MIDNIGHT.minus(Duration.ofDays(8)).plus(Duration.ofHours(10)));
        assertThat(sessions)
                .filteredOn(session -> session.clientId.equals("coachee-1") && session.start.isAfter(article.start))
                .extracting(session -> session.sessionId)
                .containsExactly("demo-c1-next");
    }
}
