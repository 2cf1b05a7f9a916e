package io.throughline.analytics.projection.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.events.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PartitionAlignmentTest {

    private static final TopicPartition SESSIONS = new TopicPartition(Topics.SESSIONS, 0);
    private static final TopicPartition PREP_FORMS = new TopicPartition(Topics.PREP_FORMS, 0);

    private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());
    private final PartitionAlignment alignment = new PartitionAlignment(Duration.ofMillis(100));

    @BeforeEach
    void assignBothTopicsWithTenRecordsEach() {
        consumer.assign(List.of(SESSIONS, PREP_FORMS));
        consumer.updateBeginningOffsets(Map.of(SESSIONS, 0L, PREP_FORMS, 0L));
        consumer.updateEndOffsets(Map.of(SESSIONS, 10L, PREP_FORMS, 10L));
    }

    @Test
    void holdsBackAPartitionThatGotAheadInRecordTimeUntilTheOtherCatchesUp() {
        consumeUpTo(SESSIONS, 0, 1_000);
        consumeUpTo(PREP_FORMS, 0, 5_000);
        alignment.align(consumer);

        assertThat(consumer.paused()).containsExactly(PREP_FORMS);

        consumeUpTo(SESSIONS, 1, 4_950);
        alignment.align(consumer);

        assertThat(consumer.paused()).isEmpty();
    }

    @Test
    void neverHoldsBackWithinTheSlackOrWhileAPartitionHasNotBeenReadYet() {
        consumeUpTo(PREP_FORMS, 0, 5_000);
        alignment.align(consumer);

        assertThat(consumer.paused()).isEmpty();

        consumeUpTo(SESSIONS, 0, 4_900);
        alignment.align(consumer);

        assertThat(consumer.paused()).isEmpty();
    }

    @Test
    void neverWaitsForAPartitionReadToItsEnd() {
        consumeUpTo(SESSIONS, 9, 1_000);
        consumeUpTo(PREP_FORMS, 0, 5_000);
        alignment.align(consumer);

        assertThat(consumer.paused()).isEmpty();
    }

    @Test
    void letsGoOfEverythingWhenToldToForgetAPartition() {
        consumeUpTo(SESSIONS, 0, 1_000);
        consumeUpTo(PREP_FORMS, 0, 5_000);
        alignment.align(consumer);
        alignment.forget(List.of(SESSIONS));
        alignment.align(consumer);

        assertThat(consumer.paused()).isEmpty();
    }

    @Test
    void resumesAHeldPartitionAfterForgettingEverythingAsAFailedWindowDoes() {
        consumeUpTo(SESSIONS, 0, 1_000);
        consumeUpTo(PREP_FORMS, 0, 5_000);
        alignment.align(consumer);
        alignment.forget(List.of(SESSIONS, PREP_FORMS));
        alignment.align(consumer);

        assertThat(consumer.paused()).isEmpty();
    }

    @Test
    void aZeroSlackTurnsAlignmentOff() {
        PartitionAlignment off = new PartitionAlignment(Duration.ZERO);
        consumeUpTo(off, SESSIONS, 0, 1_000);
        consumeUpTo(off, PREP_FORMS, 0, 500_000);
        off.align(consumer);

        assertThat(consumer.paused()).isEmpty();
    }

    /** As if a poll had returned the partition's record at {@code offset}, written at {@code timestamp}. */
    private void consumeUpTo(TopicPartition partition, long offset, long timestamp) {
        consumeUpTo(alignment, partition, offset, timestamp);
    }

    private void consumeUpTo(PartitionAlignment aligned, TopicPartition partition, long offset, long timestamp) {
        consumer.seek(partition, offset + 1);
        aligned.consumed(records(partition, offset, timestamp));
    }

    private static ConsumerRecords<byte[], byte[]> records(TopicPartition partition, long offset, long timestamp) {
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>(
                partition.topic(),
                partition.partition(),
                offset,
                timestamp,
                TimestampType.CREATE_TIME,
                0,
                0,
                null,
                new byte[0],
                new RecordHeaders(),
                Optional.empty());
        Map<TopicPartition, List<ConsumerRecord<byte[], byte[]>>> byPartition = new HashMap<>();
        byPartition.put(partition, List.of(record));
        return new ConsumerRecords<>(byPartition, Map.of());
    }
}
