package io.throughline.analytics.projection.store;

import io.throughline.events.EventEnvelope;
import java.time.Instant;

/**
 * An event with the timestamp of the Kafka record it came in ({@code null}: none known), which
 * becomes its session's {@code lastRecordedAt} for a trend point's {@code revisedAt}.
 */
public record RecordedEvent(EventEnvelope envelope, Instant recordedAt) {}
