package io.throughline.analytics.projection.consumer;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

/**
 * Keeps the partitions being caught up in step by record time: one that has got more than the slack
 * ahead of the slowest is paused until that one catches up. Both topics fetch about the same bytes
 * per round, but a session has five times as many events as its prep form, so unaligned the
 * prep-form topic runs months ahead while catching up, and every session document is then read and
 * written once for its prep form and once more for its own events. Partitions read to their end
 * are never held back.
 */
public final class PartitionAlignment {

    private final long slackMillis;
    private final Map<TopicPartition, Long> consumedUpTo = new HashMap<>();

    /** @param slack how far ahead in record time a partition may get; zero turns alignment off */
    public PartitionAlignment(Duration slack) {
        this.slackMillis = slack.toMillis();
    }

    public void consumed(ConsumerRecords<byte[], byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<byte[], byte[]>> inPartition = records.records(partition);
            consumedUpTo.put(partition, inPartition.getLast().timestamp());
        }
    }

    /**
     * Pauses the partitions too far ahead and resumes those no longer so; called between polls, and
     * not while a rebuild holds the projection (it pauses and resumes every partition itself).
     */
    public void align(Consumer<byte[], byte[]> consumer) {
        if (slackMillis <= 0) {
            return;
        }
        Set<TopicPartition> behind = new HashSet<>();
        long slowest = Long.MAX_VALUE;
        for (TopicPartition partition : consumer.assignment()) {
            OptionalLong lag = consumer.currentLag(partition);
            if (lag.isPresent() && lag.getAsLong() == 0) {
                continue;
            }
            Long upTo = consumedUpTo.get(partition);
            if (upTo == null) {
                release(consumer);
                return;
            }
            behind.add(partition);
            slowest = Math.min(slowest, upTo);
        }
        Set<TopicPartition> ahead = new HashSet<>();
        for (TopicPartition partition : behind) {
            if (consumedUpTo.get(partition) > slowest + slackMillis) {
                ahead.add(partition);
            }
        }
        Set<TopicPartition> resume = new HashSet<>(consumer.paused());
        resume.removeAll(ahead);
        consumer.resume(resume);
        consumer.pause(ahead);
    }

    /**
     * Resumes every paused partition: outside a rebuild's hold, alignment is the only reason a
     * partition is paused, so nothing stays paused that alignment no longer knows about.
     */
    public void release(Consumer<byte[], byte[]> consumer) {
        consumer.resume(consumer.paused());
    }

    /**
     * Partitions revoked, or read again from another offset: what was known of them no longer holds;
     * the next {@link #align} resumes those still paused.
     */
    void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(consumedUpTo::remove);
    }
}
