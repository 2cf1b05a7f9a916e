package io.throughline.analytics.projection.consumer;

import io.throughline.events.CoachingEventCodec;
import io.throughline.events.EventEnvelope;
import io.throughline.events.UnknownEventTypeException;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Decodes records with the contract's codec, in the batch's order: an event, an event type newer
 * than this contract (skipped and counted), or a record nobody can read (dead-lettered). Large
 * batches decode on all cores.
 */
public final class RecordDecoder {

    private static final int PARALLEL_FROM = 256;

    public sealed interface Outcome {}

    /** An event with its record's timestamp ({@code null} if the record has none). */
    public record Decoded(EventEnvelope envelope, Instant recordedAt) implements Outcome {}

    record Unknown(String topic) implements Outcome {}

    record Failed(RuntimeException error) implements Outcome {}

    private final CoachingEventCodec codec = new CoachingEventCodec();

    public List<Outcome> decode(List<ConsumerRecord<byte[], byte[]>> records) {
        var stream = records.size() >= PARALLEL_FROM ? records.parallelStream() : records.stream();
        return stream.map(this::decode).toList();
    }

    private Outcome decode(ConsumerRecord<byte[], byte[]> record) {
        try {
            return new Decoded(
                    codec.fromRecord(record), record.timestamp() < 0 ? null : Instant.ofEpochMilli(record.timestamp()));
        } catch (UnknownEventTypeException e) {
            return new Unknown(record.topic());
        } catch (RuntimeException e) {
            return new Failed(e);
        }
    }
}
