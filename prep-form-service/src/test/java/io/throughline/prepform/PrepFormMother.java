package io.throughline.prepform;

import io.throughline.events.PrepFormMissed;
import io.throughline.events.PrepFormRequested;
import io.throughline.events.PrepFormSubmitted;
import io.throughline.events.SessionScheduled;
import io.throughline.events.SessionStarted;
import io.throughline.prepform.command.Answers;
import io.throughline.prepform.command.AnswersUpdated;
import io.throughline.prepform.command.DraftPrepForm;
import io.throughline.prepform.command.MarkPrepFormMissed;
import io.throughline.prepform.command.PrepFormDrafted;
import io.throughline.prepform.command.PrepFormKey;
import io.throughline.prepform.command.RequestPrepForm;
import io.throughline.prepform.command.SubmitPrepForm;
import io.throughline.prepform.command.UpdateAnswers;
import java.time.Instant;

/**
 * The article's client preparing for its session: scheduled a week ahead, a draft, answers, the
 * session at 10:00. Commands and events are about {@link #FORM}, the session's form, unless named otherwise.
 */
public final class PrepFormMother {

    public static final String ORG = "demo";
    public static final String CLIENT = "coachee-1";
    public static final String OTHER_CLIENT = "coachee-2";
    public static final String COACH = "coach-1";
    public static final String SESSION = "session-article";
    public static final String FORM = PrepFormKey.forSession(ORG, SESSION).prepFormId();
    /** A form the client made without a session, under an id of its choice. */
    public static final String OWN_FORM = "prep-own";

    public static final Instant SCHEDULED_AT = Instant.parse("2026-11-16T09:00:00Z");
    public static final Instant DRAFTED_AT = Instant.parse("2026-11-20T18:00:00Z");
    public static final Instant UPDATED_AT = Instant.parse("2026-11-21T18:00:00Z");
    public static final Instant SUBMITTED_AT = Instant.parse("2026-11-22T20:30:00Z");
    public static final Instant SESSION_START = Instant.parse("2026-11-23T10:00:00Z");
    public static final Instant AFTER_START = Instant.parse("2026-11-23T10:20:00Z");

    private PrepFormMother() {}

    public static Answers answers() {
        return new Answers(
                "Shipped the release", "The 1:1s", "I avoid conflict", "My team", "Sort out the team dynamics");
    }

    public static Answers revisedAnswers() {
        return new Answers(
                "Shipped the release",
                "The 1:1s",
                "I avoid conflict",
                "My team and my boss",
                "Find two things to try with my team this week");
    }

    public static Answers answersWithoutIntent() {
        return new Answers("Shipped the release", null, null, "My team", null);
    }

    public static SessionScheduled scheduled() {
        return new SessionScheduled(SESSION, ORG, CLIENT, COACH, SESSION_START, 60, SCHEDULED_AT);
    }

    public static SessionStarted started() {
        return new SessionStarted(SESSION, ORG, CLIENT, COACH, SESSION_START);
    }

    public static RequestPrepForm requestForm() {
        return RequestPrepForm.forSession(ORG, CLIENT, SESSION, COACH, SESSION_START, SCHEDULED_AT);
    }

    public static DraftPrepForm draftForm(Answers answers, Instant at) {
        return new DraftPrepForm(FORM, ORG, CLIENT, SESSION, answers, at);
    }

    public static DraftPrepForm draftOwnForm(Answers answers, Instant at) {
        return new DraftPrepForm(OWN_FORM, ORG, CLIENT, null, answers, at);
    }

    public static UpdateAnswers updateAnswers(Answers answers, Instant at) {
        return new UpdateAnswers(FORM, ORG, answers, at);
    }

    public static SubmitPrepForm submit(Instant at) {
        return new SubmitPrepForm(FORM, ORG, at);
    }

    public static MarkPrepFormMissed markMissed() {
        return MarkPrepFormMissed.forSession(ORG, CLIENT, SESSION, SESSION_START);
    }

    public static PrepFormRequested requested() {
        return new PrepFormRequested(FORM, ORG, CLIENT, SESSION, SESSION_START, SCHEDULED_AT);
    }

    public static PrepFormDrafted drafted(Answers answers, Instant at) {
        return new PrepFormDrafted(FORM, ORG, CLIENT, SESSION, answers.asMap(), at);
    }

    public static PrepFormDrafted ownFormDrafted(Answers answers, Instant at) {
        return new PrepFormDrafted(OWN_FORM, ORG, CLIENT, null, answers.asMap(), at);
    }

    public static AnswersUpdated answersUpdated(Answers answers, Instant at) {
        return new AnswersUpdated(FORM, ORG, answers.asMap(), at);
    }

    public static PrepFormSubmitted submitted(boolean late, Answers answers, Instant at) {
        return new PrepFormSubmitted(FORM, ORG, CLIENT, SESSION, late, answers.asMap(), at);
    }

    public static PrepFormMissed missed() {
        return new PrepFormMissed(FORM, ORG, CLIENT, SESSION, SESSION_START);
    }
}
