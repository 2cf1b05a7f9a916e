package io.throughline.analytics.bench;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.throughline.analytics.projection.model.Keys;
import io.throughline.events.CoachingEventCodec;
import io.throughline.events.EventEnvelope;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.EnableKafka;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

/**
 * The projection as most teams would first write it: a Spring Kafka single-record
 * {@code @KafkaListener} that decodes each event and upserts it into a plain per-session document,
 * one MongoDB round trip per event (no figures, no client sums: less work than the real projection).
 */
final class NaivePeer implements AutoCloseable {

    static final AtomicLong processed = new AtomicLong();
    static MongoCollection<Document> sessions;
    static String bootstrap;
    static String group;

    private final AnnotationConfigApplicationContext context;

    NaivePeer(String bootstrapServers, MongoCollection<Document> collection, String consumerGroup) {
        bootstrap = bootstrapServers;
        sessions = collection;
        group = consumerGroup;
        processed.set(0);
        context = new AnnotationConfigApplicationContext(Wiring.class);
    }

    @Override
    public void close() {
        context.close();
    }

    @EnableKafka // registered by hand: not a @Configuration, so the service tests' component scan leaves it alone
    static class Wiring {

        @Bean
        ConcurrentKafkaListenerContainerFactory<byte[], byte[]> kafkaListenerContainerFactory() {
            Map<String, Object> config = new HashMap<>();
            config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            ConcurrentKafkaListenerContainerFactory<byte[], byte[]> factory =
                    new ConcurrentKafkaListenerContainerFactory<>();
            factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(
                    config, new ByteArrayDeserializer(), new ByteArrayDeserializer()));
            return factory;
        }

        @Bean
        Listener listener() {
            return new Listener();
        }
    }

    static class Listener {
        private final CoachingEventCodec codec = new CoachingEventCodec();

        @KafkaListener(topics = {"coaching.sessions.v1", "coaching.prep-forms.v1"})
        void on(ConsumerRecord<byte[], byte[]> record) {
            EventEnvelope envelope = codec.fromRecord(record);
            sessions.updateOne(
                    eq("_id", Keys.document(envelope)),
                    Updates.combine(
                            Updates.set("orgId", envelope.event().orgId()),
                            Updates.set("clientId", envelope.event().clientId()),
                            Updates.set(
                                    "last." + envelope.type().name(),
                                    envelope.event().occurredAt().toString()),
                            Updates.addToSet("applied", envelope.id()),
                            Updates.inc("events", 1)),
                    new UpdateOptions().upsert(true));
            processed.incrementAndGet();
        }
    }
}
