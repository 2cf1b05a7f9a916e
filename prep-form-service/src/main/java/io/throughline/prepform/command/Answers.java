package io.throughline.prepform.command;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The five answers of the default form (Wendy Buckingham's session preparation questions), each
 * free text or null when not answered.
 */
public record Answers(String wins, String notDone, String learned, String challenges, String sessionIntent) {

    public static final int MAX_LENGTH = 2_000;

    public static final String WINS = "wins";
    public static final String NOT_DONE = "notDone";
    public static final String LEARNED = "learned";
    public static final String CHALLENGES = "challenges";
    public static final String SESSION_INTENT = "sessionIntent";

    public Answers {
        // The web layer answers 400 before this; here it guards the events against a caller that did not.
        for (String answer : new String[] {wins, notDone, learned, challenges, sessionIntent}) {
            if (answer != null && answer.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("an answer is at most " + MAX_LENGTH + " characters");
            }
        }
    }

    public static Answers none() {
        return new Answers(null, null, null, null, null);
    }

    public static Answers of(Map<String, String> answers) {
        return new Answers(
                answers.get(WINS),
                answers.get(NOT_DONE),
                answers.get(LEARNED),
                answers.get(CHALLENGES),
                answers.get(SESSION_INTENT));
    }

    public boolean hasSessionIntent() {
        return sessionIntent != null && !sessionIntent.isBlank();
    }

    /** Submitting needs the session intent: without it the client's input is incomplete (400, not a broken rule). */
    void requireSessionIntent() {
        if (!hasSessionIntent()) {
            throw new PrepFormIncomplete("answers.sessionIntent", "must not be empty to submit the form");
        }
    }

    /** The answers given, keyed as in the published {@code coaching.prep-form.submitted}; unanswered ones left out. */
    public Map<String, String> asMap() {
        Map<String, String> map = new TreeMap<>();
        putIfAnswered(map, WINS, wins);
        putIfAnswered(map, NOT_DONE, notDone);
        putIfAnswered(map, LEARNED, learned);
        putIfAnswered(map, CHALLENGES, challenges);
        putIfAnswered(map, SESSION_INTENT, sessionIntent);
        return Collections.unmodifiableMap(map);
    }

    private static void putIfAnswered(Map<String, String> map, String key, String answer) {
        if (answer != null) {
            map.put(key, answer);
        }
    }
}
