package io.throughline.platform.kafka.publishing;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka producers that never let a record overtake one that failed before it.
 *
 * <p>Kafka's idempotent producer keeps the order of what it delivers, not of what it gives up on:
 * when a send expires (the broker was away longer than the delivery timeout), the records of the
 * same partition still queued behind it go out later under a new producer epoch. The topic would
 * then hold event n+1 without event n, and n only after n+1 once the processor sends its batch
 * again. So the first failed send ends its producer: it is closed at once, from that send's own
 * callback, which aborts every send still queued in it, and the next {@link #generation()} starts a
 * fresh producer. A processing batch keeps to one generation; once that generation failed, the
 * batch's further sends fail too instead of reaching the topic through a new producer.
 */
final class OrderKeepingProducer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OrderKeepingProducer.class);

    private final Supplier<Producer<String, byte[]>> factory;
    private Generation current;
    private boolean closed;

    OrderKeepingProducer(Supplier<Producer<String, byte[]>> factory) {
        this.factory = factory;
    }

    /** The producer to send with until one of its sends fails. */
    synchronized Generation generation() {
        if (closed) {
            throw new IllegalStateException("The publisher's Kafka producer is closed");
        }
        if (current == null) {
            current = new Generation(factory.get());
        }
        return current;
    }

    private void failed(Generation generation, Exception failure) {
        synchronized (this) {
            if (generation.failure != null) {
                return;
            }
            generation.failure = failure;
            if (current == generation) {
                current = null;
            }
        }
        log.warn(
                "Kafka did not take an event ({}); closing the producer so that nothing queued behind it goes out first",
                failure.toString());
        generation.producer.close(Duration.ZERO);
    }

    @Override
    public void close() {
        Generation last;
        synchronized (this) {
            closed = true;
            last = current;
            current = null;
        }
        if (last != null) {
            last.producer.close();
        }
    }

    /** One Kafka producer's life, which ends at its first failed send. */
    final class Generation {

        private final Producer<String, byte[]> producer;
        private volatile Exception failure;

        private Generation(Producer<String, byte[]> producer) {
            this.producer = producer;
        }

        /** Sends, unless an earlier send of this generation failed: then it throws at once. */
        Future<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
            Exception earlier = failure;
            if (earlier != null) {
                throw new PublishingFailedException(
                        "An earlier event of this batch was not taken by Kafka; the batch will be sent again", earlier);
            }
            try {
                return producer.send(record, (metadata, exception) -> {
                    if (exception != null) {
                        failed(this, exception);
                    }
                });
            } catch (RuntimeException e) {
                failed(this, e);
                throw new PublishingFailedException(
                        "Kafka did not take an event; the batch will be sent again: " + e.getMessage(), e);
            }
        }
    }
}
