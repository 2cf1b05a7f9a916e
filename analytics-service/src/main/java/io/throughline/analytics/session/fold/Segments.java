package io.throughline.analytics.session.fold;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts a session from its agreement to its end at every topic shift and re-contract. Time is off
 * topic while any shift that will not turn out connected is open; otherwise connected context while
 * a connected shift is open; otherwise on the agreed topic.
 */
final class Segments {

    /** The agreed topic changes when a shift is re-contracted with {@code ADOPT_NEW_TOPIC}. */
    record Adoption(Instant at, String topic) {}

    private record Span(ShiftFigures shift, Instant from, Instant to, boolean connected) {
        boolean covers(Instant start, Instant stop) {
            return !from.isAfter(start) && !to.isBefore(stop);
        }
    }

    private Segments() {}

    static List<Segment> cut(
            Instant contractedAt,
            String agreedTopic,
            Instant end,
            List<ShiftFigures> shifts,
            List<Adoption> adoptions) {
        List<Span> spans = new ArrayList<>();
        TreeSet<Instant> cuts = new TreeSet<>(List.of(contractedAt, end));
        for (ShiftFigures shift : shifts) {
            Instant from = latest(shift.at(), contractedAt);
            Instant to = shift.reContracted() ? earliest(shift.reContractedAt(), end) : end;
            if (from.isBefore(to)) {
                spans.add(new Span(shift, from, to, shift.outcome() == ReContractOutcome.CONNECTED_TO_AGREED));
                cuts.add(from);
                cuts.add(to);
            }
        }
        List<Adoption> topicChanges = adoptions;
        if (adoptions.size() > 1) {
            topicChanges = new ArrayList<>(adoptions);
            topicChanges.sort(Comparator.comparing(Adoption::at));
        }
        List<Segment> segments = new ArrayList<>();
        Instant start = null;
        for (Instant stop : cuts) {
            if (start != null) {
                segments.add(segment(start, stop, spans, agreedTopicAt(start, agreedTopic, topicChanges)));
            }
            start = stop;
        }
        return segments;
    }

    private static Segment segment(Instant start, Instant stop, List<Span> spans, String agreedTopic) {
        List<String> shiftIds = new ArrayList<>(spans.size());
        Span offTopic = null;
        Span connected = null;
        for (Span span : spans) {
            if (span.covers(start, stop)) {
                // spans are in the order their shifts started: the last open one is the latest started
                shiftIds.add(span.shift().shiftId());
                if (span.connected()) {
                    connected = span;
                } else {
                    offTopic = span;
                }
            }
        }
        if (offTopic != null) {
            return new Segment(
                    SegmentKind.OFF_TOPIC, start, stop, offTopic.shift().topic(), shiftIds);
        }
        if (connected != null) {
            return new Segment(
                    SegmentKind.CONNECTED_CONTEXT,
                    start,
                    stop,
                    connected.shift().topic(),
                    shiftIds);
        }
        return new Segment(SegmentKind.ON_AGREED_TOPIC, start, stop, agreedTopic, shiftIds);
    }

    private static String agreedTopicAt(Instant at, String agreedTopic, List<Adoption> adoptions) {
        String topic = agreedTopic;
        for (Adoption adoption : adoptions) {
            if (!adoption.at().isAfter(at)) {
                topic = adoption.topic();
            }
        }
        return topic;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
