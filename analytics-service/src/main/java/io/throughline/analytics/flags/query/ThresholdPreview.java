package io.throughline.analytics.flags.query;

import java.util.List;

/**
 * What a proposed change of an organisation's settings would do to its flags as of one time: those raised
 * under the proposal and not under the current settings, and the other way round.
 */
public record ThresholdPreview(List<FlagChange> raised, List<FlagChange> cleared) {

    public ThresholdPreview {
        raised = List.copyOf(raised);
        cleared = List.copyOf(cleared);
    }
}
