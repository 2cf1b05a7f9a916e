package io.throughline.platform.eventstore;

import java.time.Instant;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;

/** An event published outside any aggregate, as a tracking processor reads it. */
record TrackedNonDomainEvent(
        TrackingToken trackingToken,
        String eventId,
        String timestamp,
        SerializedObject<String> payload,
        SerializedObject<String> metaData)
        implements TrackedEventData<String> {

    @Override
    public String getEventIdentifier() {
        return eventId;
    }

    @Override
    public Instant getTimestamp() {
        return DateTimeUtils.parseInstant(timestamp);
    }

    @Override
    public SerializedObject<String> getMetaData() {
        return metaData;
    }

    @Override
    public SerializedObject<String> getPayload() {
        return payload;
    }
}
