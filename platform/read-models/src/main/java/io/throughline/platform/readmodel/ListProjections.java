package io.throughline.platform.readmodel;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;

/**
 * How the projection that keeps a list runs: in its own processing group (so a token reset rebuilds it alone, its
 * {@code @ResetHandler} emptying the list first), and with its failures propagated.
 */
public final class ListProjections {

    private ListProjections() {}

    /**
     * A failed event handler in {@code processingGroup} stops its segment, which the processor retries from its
     * token. Axon's default logs the failure and moves on, which would leave the entry stale for good.
     */
    public static ConfigurerModule retryingFailures(String processingGroup) {
        return configurer -> configurer.eventProcessing(processing -> processing.registerListenerInvocationErrorHandler(
                processingGroup, configuration -> PropagatingErrorHandler.instance()));
    }
}
