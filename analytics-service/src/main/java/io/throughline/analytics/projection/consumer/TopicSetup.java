package io.throughline.analytics.projection.consumer;

import io.throughline.events.Topics;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics this service reads and dead-letters to when they are missing (API.md), with the
 * broker's default partitions and replication, so whichever service starts first makes them alike.
 */
public final class TopicSetup {

    public static final List<String> CONSUMED = List.of(Topics.SESSIONS, Topics.PREP_FORMS);

    private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);

    private TopicSetup() {}

    public static void ensure(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> wanted = CONSUMED.stream()
                .flatMap(topic -> Stream.of(topic, Topics.deadLetter(topic)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
        List<NewTopic> missing = wanted.stream()
                .filter(topic -> !existing.contains(topic))
                .map(topic -> new NewTopic(topic, Optional.empty(), Optional.empty()))
                .toList();
        for (var result : admin.createTopics(missing).values().entrySet()) {
            try {
                result.getValue().get(10, TimeUnit.SECONDS);
                log.info("Created topic {}", result.getKey());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        warnUnlessCoPartitioned(admin);
    }

    /**
     * A client's session and prep-form events must reach the same consumer: both topics are keyed by
     * client, so they need the same partition count (and the range assignor) for that.
     */
    private static void warnUnlessCoPartitioned(Admin admin) throws InterruptedException, TimeoutException {
        Map<String, TopicDescription> topics = null;
        for (int attempt = 1; topics == null; attempt++) {
            try {
                topics = admin.describeTopics(CONSUMED).allTopicNames().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                // a topic just created may not be described for a moment; the check only warns, so it never fails the
                // setup
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || attempt == 10) {
                    log.debug("Could not compare the partition counts of {}: {}", CONSUMED, e.toString());
                    return;
                }
                Thread.sleep(200);
            }
        }
        Set<Integer> partitionCounts =
                topics.values().stream().map(topic -> topic.partitions().size()).collect(Collectors.toSet());
        if (partitionCounts.size() > 1) {
            log.warn(
                    "Topics {} have different partition counts {}: with more than one analytics instance, a client's "
                            + "session and prep-form events may be projected by two instances at once",
                    CONSUMED,
                    partitionCounts);
        }
    }
}
