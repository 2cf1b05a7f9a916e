package io.throughline.analytics.session.fold;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A stretch of the session between two cuts; {@code shiftIds} are the shifts open throughout it. */
public record Segment(SegmentKind kind, Instant from, Instant to, String topic, List<String> shiftIds) {

    public Segment {
        shiftIds = List.copyOf(shiftIds);
    }

    public long millis() {
        return Duration.between(from, to).toMillis();
    }
}
