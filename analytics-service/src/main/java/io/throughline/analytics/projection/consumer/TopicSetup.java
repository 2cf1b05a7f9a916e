package io.throughline.analytics.projection.consumer;

import io.throughline.events.Topics;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics this service reads and dead-letters to when they are missing (API.md), with the
 * broker's default partitions and replication, so whichever service starts first makes them alike. Both
 * topics need the same partition count: with the range assignor a client's partitions of both then go
 * to one consumer, the only one that writes the client's documents.
 */
public final class TopicSetup {

    public static final List<String> CONSUMED = List.of(Topics.SESSIONS, Topics.PREP_FORMS);

    private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);

    private TopicSetup() {}

    public static void ensure(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
        List<NewTopic> missing = CONSUMED.stream()
                .flatMap(topic -> Stream.of(topic, Topics.deadLetter(topic)))
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
    }
}
