package io.throughline.session.query;

import static io.throughline.session.SessionMother.BOSS;
import static io.throughline.session.SessionMother.CLIENT;
import static io.throughline.session.SessionMother.COACH;
import static io.throughline.session.SessionMother.IMPORTANCE;
import static io.throughline.session.SessionMother.ORG;
import static io.throughline.session.SessionMother.PEER;
import static io.throughline.session.SessionMother.PLANNED_MINUTES;
import static io.throughline.session.SessionMother.SESSION;
import static io.throughline.session.SessionMother.SHIFT_TO_BOSS;
import static io.throughline.session.SessionMother.SHIFT_TO_PEER;
import static io.throughline.session.SessionMother.SUCCESS;
import static io.throughline.session.SessionMother.TEAM;
import static io.throughline.session.SessionMother.TO_ADDRESS;
import static io.throughline.session.SessionMother.articleEvents;
import static io.throughline.session.SessionMother.at;
import static io.throughline.session.SessionMother.cancelled;
import static io.throughline.session.SessionMother.checkedIn;
import static io.throughline.session.SessionMother.contracted;
import static io.throughline.session.SessionMother.reContracted;
import static io.throughline.session.SessionMother.scheduled;
import static io.throughline.session.SessionMother.shifted;
import static io.throughline.session.SessionMother.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.throughline.session.command.SessionStatus;
import io.throughline.session.query.SessionView.Agreement;
import io.throughline.session.query.SessionView.Piece;
import io.throughline.session.query.SessionView.Shift;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionViewFoldTest {

    @Test
    void foldsTheArticleSession() {
        SessionView view = SessionViewFold.fold(articleEvents());

        assertThat(view.sessionId()).isEqualTo(SESSION);
        assertThat(view.orgId()).isEqualTo(ORG);
        assertThat(view.clientId()).isEqualTo(CLIENT);
        assertThat(view.coachId()).isEqualTo(COACH);
        assertThat(view.status()).isEqualTo(SessionStatus.ENDED);
        assertThat(view.scheduledStart()).isEqualTo(at("10:00"));
        assertThat(view.plannedMinutes()).isEqualTo(PLANNED_MINUTES);
        assertThat(view.startedAt()).isEqualTo(at("10:00"));
        assertThat(view.endedAt()).isEqualTo(at("11:00"));
        assertThat(view.agreedTopic()).isEqualTo(TEAM);
        assertThat(view.agreement()).isEqualTo(new Agreement(TEAM, SUCCESS, IMPORTANCE, TO_ADDRESS, at("10:03")));
        assertThat(view.shifts())
                .containsExactly(
                        new Shift(
                                SHIFT_TO_BOSS,
                                BOSS,
                                "COACH",
                                at("10:40"),
                                "RETURN_TO_AGREED",
                                at("10:45"),
                                "Back to the brainstorming"),
                        new Shift(
                                SHIFT_TO_PEER,
                                PEER,
                                "COACH",
                                at("10:52"),
                                "CONNECTED_TO_AGREED",
                                at("10:55"),
                                "Context for another solution for the team"));
        assertThat(view.pieces()).containsExactly(new Piece("Summary confirmed", "Brainstorm solutions", at("10:33")));
        assertThat(view.progress()).isEqualTo("ACHIEVED");
        assertThat(view.version()).isEqualTo(9);
        assertThat(view.checkIn())
                .isEqualTo(new SessionView.CheckIn("NEEDS_TO_OFFLOAD", "Not his usual positive answer", at("10:01")));
        assertThat(view.clientFeedback()).isEqualTo("Thanks for keeping me on track");
        assertThat(view.cancelledAt()).isNull();
    }

    @Test
    void scheduledSessionIsVersionZeroWithNothingYetRecorded() {
        SessionView view = SessionViewFold.fold(List.of(scheduled()));

        assertThat(view.status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(view.version()).isZero();
        assertThat(view.startedAt()).isNull();
        assertThat(view.agreement()).isNull();
        assertThat(view.agreedTopic()).isNull();
        assertThat(view.shifts()).isEmpty();
        assertThat(view.pieces()).isEmpty();
        assertThat(view.progress()).isNull();
    }

    @Test
    void startedSessionIsInProgress() {
        SessionView view = SessionViewFold.fold(List.of(scheduled(), started("10:00"), checkedIn("10:01")));

        assertThat(view.status()).isEqualTo(SessionStatus.IN_PROGRESS);
        assertThat(view.version()).isEqualTo(2);
    }

    @Test
    void openShiftHasNoOutcome() {
        SessionView view = SessionViewFold.fold(List.of(
                scheduled(),
                started("10:00"),
                contracted("10:03"),
                shifted(SHIFT_TO_BOSS, TEAM, BOSS, "CLIENT", "10:40")));

        assertThat(view.shifts())
                .containsExactly(new Shift(SHIFT_TO_BOSS, BOSS, "CLIENT", at("10:40"), null, null, null));
    }

    @Test
    void adoptedTopicBecomesAgreedTopicWhileTheAgreementKeepsTheOriginal() {
        SessionView view = SessionViewFold.fold(List.of(
                scheduled(),
                started("10:00"),
                contracted("10:03"),
                shifted(SHIFT_TO_BOSS, TEAM, BOSS, "CLIENT", "10:40"),
                reContracted(SHIFT_TO_BOSS, "ADOPT_NEW_TOPIC", BOSS, "10:45")));

        assertThat(view.agreedTopic()).isEqualTo(BOSS);
        assertThat(view.agreement().topic()).isEqualTo(TEAM);
        assertThat(view.shifts().getFirst().outcome()).isEqualTo("ADOPT_NEW_TOPIC");
    }

    @Test
    void cancelledSessionKeepsTheReason() {
        SessionView view = SessionViewFold.fold(List.of(scheduled(), cancelled("09:30")));

        assertThat(view.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(view.cancelledAt()).isEqualTo(at("09:30"));
        assertThat(view.cancelReason()).isEqualTo("Client is ill");
        assertThat(view.endedAt()).isNull();
        assertThat(view.version()).isEqualTo(1);
    }

    @Test
    void refusesAStreamThatDoesNotBeginWithScheduling() {
        assertThatIllegalArgumentException().isThrownBy(() -> SessionViewFold.fold(List.of(started("10:00"))));
        assertThatIllegalArgumentException().isThrownBy(() -> SessionViewFold.fold(List.of()));
    }
}
