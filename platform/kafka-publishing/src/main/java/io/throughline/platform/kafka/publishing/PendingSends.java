package io.throughline.platform.kafka.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * The sends of one processing batch, all through one producer generation, awaited together before
 * the batch (and its token) may commit.
 */
final class PendingSends {

    private final OrderKeepingProducer producer;
    private final List<Future<RecordMetadata>> sends = new ArrayList<>();
    private OrderKeepingProducer.Generation generation;

    PendingSends(OrderKeepingProducer producer) {
        this.producer = producer;
    }

    void send(ProducerRecord<String, byte[]> record) {
        if (generation == null) {
            generation = producer.generation();
        }
        sends.add(generation.send(record));
    }

    /** Waits until Kafka acknowledged every send; the producer fails a send after its delivery timeout. */
    void awaitAcknowledged() throws InterruptedException {
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
        } catch (ExecutionException e) {
            throw new PublishingFailedException(
                    "Kafka did not acknowledge a batch of " + sends.size() + " events; it will be sent again: "
                            + e.getCause().getMessage(),
                    e.getCause());
        } finally {
            sends.clear();
            generation = null;
        }
    }
}
