package io.throughline.session.command;

import static io.throughline.session.command.SessionRule.RE_CONTRACT_NEEDS_OPEN_SHIFT;
import static io.throughline.session.command.SessionRule.SHIFT_ID_UNIQUE_IN_SESSION;

import java.util.HashMap;
import java.util.Map;

/**
 * The session's topic shifts: every one recorded (its topic and who noticed it), and the topic of each shift not
 * yet re-contracted.
 * Several can be open at once; one left open at the end is unresolved (silent drift).
 */
final class TopicShifts {

    private record Recorded(String topic, String noticedBy) {}

    private final Map<String, Recorded> recorded = new HashMap<>();
    private final Map<String, String> openTopics = new HashMap<>();

    /**
     * Whether this very shift is recorded already: the same id with the same topic and noticedBy is a retry whose
     * answer was lost, and changes nothing; the same id with anything else is refused.
     */
    boolean isRecorded(ShiftTopic command) {
        Recorded shift = recorded.get(command.shiftId());
        if (shift == null) {
            return false;
        }
        SHIFT_ID_UNIQUE_IN_SESSION.check(
                shift.equals(new Recorded(command.topic(), command.noticedBy().name())),
                "shift '" + command.shiftId() + "' already exists, to \"" + shift.topic() + "\" noticed by "
                        + shift.noticedBy());
        return true;
    }

    /** The topic of an open shift, which a re-contract may adopt. */
    String openTopic(String shiftId) {
        String topic = openTopics.get(shiftId);
        RE_CONTRACT_NEEDS_OPEN_SHIFT.check(
                topic != null,
                recorded.containsKey(shiftId)
                        ? "shift '" + shiftId + "' is already re-contracted"
                        : "the session has no shift '" + shiftId + "'");
        return topic;
    }

    void opened(String shiftId, String topic, String noticedBy) {
        recorded.put(shiftId, new Recorded(topic, noticedBy));
        openTopics.put(shiftId, topic);
    }

    void reContracted(String shiftId) {
        openTopics.remove(shiftId);
    }
}
