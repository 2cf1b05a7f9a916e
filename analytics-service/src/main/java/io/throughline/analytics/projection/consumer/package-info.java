/**
 * Consuming both topics into the read models with a Spring Kafka batch listener: one poll is one
 * batch, written with bulk writes, and its offsets are committed (ack mode BATCH) only after those
 * writes; undecodable records go to {@code <topic>.dlt} through Spring Kafka's dead-letter recoverer.
 */
package io.throughline.analytics.projection.consumer;
