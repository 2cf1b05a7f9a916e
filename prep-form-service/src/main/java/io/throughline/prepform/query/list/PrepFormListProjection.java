package io.throughline.prepform.query.list;

import io.throughline.prepform.command.EventMetaData;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.annotation.SourceId;

import java.time.Instant;

/**
 * Keeps {@link PrepFormList} current from the event store in its own processing group, so it can be
 * replayed alone. A form's events arrive in order; one applied already is skipped by its sequence.
 */
@ProcessingGroup(PrepFormListProjection.PROCESSING_GROUP)
public class PrepFormListProjection {

    public static final String PROCESSING_GROUP = "prep-form-list";

    private final PrepFormList list;

    public PrepFormListProjection(PrepFormList list) {
        this.list = list;
    }

    @EventHandler
    void on(Object event, @SourceId String formKey, @SequenceNumber Long sequence, @Timestamp Instant storedAt,
            @MetaDataValue(value = EventMetaData.COACH_ID, required = false) String coachId) {
        list.apply(formKey, sequence, event, storedAt, coachId);
    }

    @ResetHandler
    void reset() {
        list.clear();
    }
}
