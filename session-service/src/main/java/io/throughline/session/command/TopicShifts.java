package io.throughline.session.command;

import static io.throughline.session.command.SessionRule.RE_CONTRACT_NEEDS_OPEN_SHIFT;
import static io.throughline.session.command.SessionRule.SHIFT_ID_UNIQUE_IN_SESSION;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The session's topic shifts: every id it has used, and the topic of each shift not yet re-contracted.
 * Several can be open at once; one left open at the end is unresolved (silent drift).
 */
final class TopicShifts {

    private final Set<String> ids = new HashSet<>();
    private final Map<String, String> openTopics = new HashMap<>();

    void requireUnused(String shiftId) {
        SHIFT_ID_UNIQUE_IN_SESSION.check(!ids.contains(shiftId), "shift '" + shiftId + "' already exists");
    }

    /** The topic of an open shift, which a re-contract may adopt. */
    String openTopic(String shiftId) {
        String topic = openTopics.get(shiftId);
        RE_CONTRACT_NEEDS_OPEN_SHIFT.check(
                topic != null,
                ids.contains(shiftId)
                        ? "shift '" + shiftId + "' is already re-contracted"
                        : "the session has no shift '" + shiftId + "'");
        return topic;
    }

    void opened(String shiftId, String topic) {
        ids.add(shiftId);
        openTopics.put(shiftId, topic);
    }

    void reContracted(String shiftId) {
        openTopics.remove(shiftId);
    }
}
