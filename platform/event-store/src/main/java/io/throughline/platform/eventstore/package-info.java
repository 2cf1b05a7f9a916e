/** The MongoDB event storage engine for Axon 4: one document per commit, a global order with no gaps. */
package io.throughline.platform.eventstore;
