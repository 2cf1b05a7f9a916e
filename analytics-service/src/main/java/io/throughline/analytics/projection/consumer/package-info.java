/**
 * Consuming both topics into the read models with a plain {@code kafka-clients} loop: one poll is one
 * batch, written with bulk writes, and its offsets are committed only after those writes. A plain
 * loop rather than a Spring Kafka listener because the batch, the commit, the pause a rebuild needs
 * and the recovery on partition assignment are all explicit here.
 */
package io.throughline.analytics.projection.consumer;
