package io.throughline.platform.kafka.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class OrderKeepingProducerTest {

    private final List<MockProducer<String, byte[]>> created = new ArrayList<>();
    private final OrderKeepingProducer producer = new OrderKeepingProducer(() -> {
        MockProducer<String, byte[]> mock =
                new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
        created.add(mock);
        return mock;
    });

    @Test
    void theFirstFailedSendClosesItsProducer() {
        PendingSends batch = new PendingSends(producer);
        batch.send(record("1"));
        batch.send(record("2"));

        created.getFirst().errorNext(new TimeoutException("expired"));

        assertThat(created.getFirst().closed()).isTrue();
    }

    @Test
    void aBatchWhoseProducerFailedSendsNothingMore() {
        PendingSends batch = new PendingSends(producer);
        batch.send(record("1"));
        created.getFirst().errorNext(new TimeoutException("expired"));

        assertThatThrownBy(() -> batch.send(record("2")))
                .isInstanceOf(PublishingFailedException.class)
                .hasRootCauseInstanceOf(TimeoutException.class);
        assertThat(created).hasSize(1);
        assertThat(created.getFirst().history()).extracting(ProducerRecord::key).containsExactly("1");
    }

    @Test
    void theBatchSentAgainGoesThroughAFreshProducer() {
        PendingSends failed = new PendingSends(producer);
        failed.send(record("1"));
        created.getFirst().errorNext(new TimeoutException("expired"));

        PendingSends again = new PendingSends(producer);
        again.send(record("1"));

        assertThat(created).hasSize(2);
        assertThat(created.get(1).history()).extracting(ProducerRecord::key).containsExactly("1");
    }

    @Test
    void sendsThatSucceedKeepTheProducer() throws Exception {
        PendingSends first = new PendingSends(producer);
        first.send(record("1"));
        created.getFirst().completeNext();
        first.awaitAcknowledged();

        PendingSends second = new PendingSends(producer);
        second.send(record("2"));

        assertThat(created).hasSize(1);
        assertThat(created.getFirst().closed()).isFalse();
    }

    private static ProducerRecord<String, byte[]> record(String key) {
        return new ProducerRecord<>("topic", key, new byte[0]);
    }
}
