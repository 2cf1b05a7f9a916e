package io.throughline.platform.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which unique index an insert collided with; MongoDB names it in the error message. */
enum DuplicateKey {

    /** Another commit took this position first: claim the next one. */
    POSITION,
    /** Another commit of the same aggregate starts at the same sequence number: a concurrent change. */
    AGGREGATE_SEQUENCE,
    /** An event id that is already stored. */
    EVENT_ID,
    /** Not a duplicate key, or one on an index this store doesn't know. */
    OTHER;

    /** The index the sequence key replaced; stores written before it may still name it. */
    static final String AGGREGATE_SEQUENCE_INDEX = "aggregate_sequence";

    static final String EVENT_ID_INDEX = "event_id";

    private static final Pattern INDEX = Pattern.compile("index: (\\S+)");

    static DuplicateKey of(Throwable exception) {
        if (!(exception instanceof MongoWriteException write)
                || ErrorCategory.fromErrorCode(write.getError().getCode()) != ErrorCategory.DUPLICATE_KEY) {
            return OTHER;
        }
        Matcher matcher = INDEX.matcher(String.valueOf(write.getError().getMessage()));
        if (!matcher.find()) {
            return OTHER;
        }
        return switch (matcher.group(1)) {
            case "_id_" -> POSITION;
            case AggregateCommits.SEQUENCE_KEY_INDEX, AGGREGATE_SEQUENCE_INDEX -> AGGREGATE_SEQUENCE;
            case EVENT_ID_INDEX -> EVENT_ID;
            default -> OTHER;
        };
    }
}
