package io.throughline.analytics.projection.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.throughline.analytics.projection.store.ClientRecomputation.ClientRef;
import io.throughline.analytics.projection.store.ReadModel;
import io.throughline.events.Topics;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.WithInfrastructure;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

@WithInfrastructure
class JournalIT {

    private static final TopicPartition SESSIONS_0 = new TopicPartition(Topics.SESSIONS, 0);
    private static final TopicPartition PREP_FORMS_0 = new TopicPartition(Topics.PREP_FORMS, 0);
    private static final ClientRef CLIENT = new ClientRef("demo", "coachee-1");

    @Test
    void namesTheClientsOfAFlushCutShortBeforeItsCommit(TestInfrastructure infrastructure) {
        try (MongoClient mongo = MongoClients.create(infrastructure.mongoConnectionString())) {
            ReadModel model = ReadModel.of(mongo.getDatabase("journal-it-" + UUID.randomUUID()), 1);
            Journal.write(model, Map.of(SESSIONS_0, 43L), Map.of(SESSIONS_0, Set.of(CLIENT)));

            assertThat(Journal.unfinished(model, committed(SESSIONS_0, 41L))).containsExactly(CLIENT);
            assertThat(Journal.unfinished(model, committed(SESSIONS_0, null))).containsExactly(CLIENT);
            assertThat(Journal.unfinished(model, committed(SESSIONS_0, 43L))).isEmpty();
            assertThat(Journal.unfinished(model, committed(PREP_FORMS_0, 0L))).isEmpty();
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> committed(TopicPartition partition, Long offset) {
        Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
        committed.put(partition, offset == null ? null : new OffsetAndMetadata(offset));
        return committed;
    }
}
