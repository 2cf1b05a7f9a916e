/** The outbox publisher: the event store is the outbox, a pooled streaming processor sends it to Kafka. */
package io.throughline.platform.kafka.publishing;
