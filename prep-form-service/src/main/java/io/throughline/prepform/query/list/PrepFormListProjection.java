package io.throughline.prepform.query.list;

import io.throughline.prepform.command.PrepFormKey;
import io.throughline.prepform.query.PrepFormViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.SourceId;

/**
 * Keeps {@link PrepFormList} up to date in its own processing group, so it can be rebuilt alone by resetting that
 * group's token: the reset empties the list, and the replay fills it again. Each event refolds the form from the
 * event store, which gives the list exactly the view {@code GET /prep-forms/{id}} gives; an event the stored view
 * already includes is skipped. The group's name carries the documents' shape: a new shape is a new group, whose
 * token starts at the beginning of the event store, so an existing list is rebuilt in it on the first start.
 */
@ProcessingGroup(PrepFormListProjection.PROCESSING_GROUP)
public class PrepFormListProjection {

    public static final String PROCESSING_GROUP = "prep-form-list-v2";

    private final PrepFormViews views;
    private final PrepFormList list;

    public PrepFormListProjection(PrepFormViews views, PrepFormList list) {
        this.views = views;
        this.list = list;
    }

    @EventHandler
    void on(Object event, @SourceId String formKey, @SequenceNumber Long sequence) {
        if (!list.includes(formKey, sequence)) {
            views.find(PrepFormKey.parse(formKey)).ifPresent(form -> list.save(formKey, form));
        }
    }

    @ResetHandler
    void reset() {
        list.clear();
    }
}
