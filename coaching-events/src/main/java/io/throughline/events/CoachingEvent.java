package io.throughline.events;

import java.time.Instant;

/**
 * An integration event of the coaching platform: what happened, to which organisation and client,
 * and when it happened in business time. The JSON form of each record is the public contract.
 */
public sealed interface CoachingEvent permits SessionEvent, PrepFormEvent {

    String orgId();

    String clientId();

    Instant occurredAt();

    /** The id of the aggregate the event belongs to: the CloudEvents {@code subject}. */
    String subject();
}
