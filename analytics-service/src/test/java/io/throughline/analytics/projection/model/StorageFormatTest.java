package io.throughline.analytics.projection.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.throughline.analytics.AnalyticsMother;
import io.throughline.analytics.projection.store.ProjectionWriter;
import io.throughline.analytics.session.fold.FactsMerger;
import io.throughline.analytics.session.fold.PrepFormFacts;
import io.throughline.analytics.session.fold.SessionFacts;
import io.throughline.events.EventEnvelope;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDocumentWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.junit.jupiter.api.Test;

class StorageFormatTest {

    @Test
    void storesEveryFactOfEverySessionAsItWas() {
        Map<String, SessionFacts> sessions = new LinkedHashMap<>();
        for (EventEnvelope event : AnalyticsMother.twoOrganisations()) {
            sessions.merge(
                    ProjectionWriter.documentKey(event),
                    FactsMerger.merge(SessionFacts.none(), event),
                    (facts, ignored) -> FactsMerger.merge(facts, event));
        }

        assertThat(sessions)
                .hasSizeGreaterThan(5)
                .allSatisfy((key, facts) ->
                        assertThat(FactsFormat.read(FactsFormat.write(facts))).isEqualTo(facts));
    }

    @Test
    void storesAbsentFactsLongAndNonLatinTextAndAnyInstant() {
        String note = "Ü".repeat(70_000) + " ☕";
        SessionFacts facts = new SessionFacts(
                List.of(0L, 7L, Long.MAX_VALUE),
                new SessionFacts.Scheduled(0, Instant.parse("1969-12-31T23:59:59.999Z"), null, null, -5),
                null,
                new SessionFacts.CheckedIn(2, Instant.ofEpochSecond(-62_000_000_000L, 123_456_789), null, note),
                null,
                List.of(new SessionFacts.Shift(3, Instant.EPOCH, "shift", null, null)),
                List.of(),
                List.of(new SessionFacts.Piece(4, Instant.MAX, "", null)),
                null,
                new SessionFacts.Cancelled(5, Instant.MIN, null),
                List.of(
                        new PrepFormFacts(
                                "form", List.of(1L), null, new PrepFormFacts.Submitted(1, Instant.EPOCH, true), null),
                        new PrepFormFacts("other", List.of(), null, null, new PrepFormFacts.Missed(9, Instant.EPOCH))));

        assertThat(FactsFormat.read(FactsFormat.write(facts))).isEqualTo(facts);
        assertThat(FactsFormat.read(FactsFormat.write(SessionFacts.none()))).isEqualTo(SessionFacts.none());
    }

    @Test
    void refusesAFormatItDoesNotKnowRatherThanMisreadingIt() {
        byte[] stored = FactsFormat.write(SessionFacts.none());
        byte[] newer = stored.clone();
        newer[0] = 2;
        byte[] longer = java.util.Arrays.copyOf(stored, stored.length + 1);

        assertThatIllegalStateException()
                .isThrownBy(() -> FactsFormat.read(newer))
                .withMessageContaining("rebuild");
        assertThatIllegalStateException().isThrownBy(() -> FactsFormat.read(longer));
        assertThatIllegalStateException().isThrownBy(() -> FactsFormat.read(java.util.Arrays.copyOf(stored, 3)));
    }

    @Test
    void aSessionDocumentKeepsItsIdsAsPlainFieldsAndItsFactsAsOneValue() {
        SessionFacts facts = FactsMerger.merge(
                SessionFacts.none(), AnalyticsMother.articleSession().events().getFirst());
        SessionDocument document = new SessionDocument("demo/session-1", "demo", "coachee-1", "session-1", facts);
        SessionDocument sessionless = new SessionDocument("demo/prep-form:p", "demo", "coachee-1", null, facts);

        BsonDocument stored = write(new SessionDocumentCodec(), document);

        assertThat(stored.keySet()).containsExactly("_id", "orgId", "clientId", "sessionId", "f");
        assertThat(stored.getString("clientId").getValue()).isEqualTo("coachee-1");
        assertThat(read(new SessionDocumentCodec(), stored)).isEqualTo(document);
        assertThat(read(new SessionDocumentCodec(), write(new SessionDocumentCodec(), sessionless)))
                .isEqualTo(sessionless);
    }

    @Test
    void aClientRollupKeepsItsIdsAsPlainFieldsAndItsSumsAsOneValue() {
        ClientRollup rollup = new ClientRollup(
                "demo/coachee-1",
                "demo",
                "coachee-1",
                Map.of("SESSIONS", 3L, "SHARE_PPB", 2_736_842_106L, "MILLIS_TO_AGREEMENT", -1L),
                Map.of("my boss", 2L, "A%2Epeer", 1L),
                Map.of("2026-11", 3L),
                Map.of("coach-1", Map.of("SESSIONS", 2L), "coach%2E2", Map.of("SESSIONS", 1L)));
        ClientRollup empty =
                new ClientRollup("demo/coachee-2", "demo", "coachee-2", Map.of(), Map.of(), Map.of(), Map.of());

        BsonDocument stored = write(new ClientRollupCodec(), rollup);

        assertThat(stored.keySet()).containsExactly("_id", "orgId", "clientId", "r");
        assertThat(read(new ClientRollupCodec(), stored)).isEqualTo(rollup);
        assertThat(read(new ClientRollupCodec(), write(new ClientRollupCodec(), empty)))
                .isEqualTo(empty);
    }

    @Test
    void refusesDocumentsOfTheEarlierNestedFormatRatherThanReadingThemAsEmpty() {
        BsonDocument session = BsonDocument.parse(
                "{_id: 'demo/session-1', orgId: 'demo', clientId: 'coachee-1', sessionId: 'session-1', facts: {sequences: [0]}}");
        BsonDocument rollup = BsonDocument.parse(
                "{_id: 'demo/coachee-1', orgId: 'demo', clientId: 'coachee-1', c: {SESSIONS: 3}, t: {}, m: {}, byCoach: {}}");

        assertThatIllegalStateException()
                .isThrownBy(() -> read(new SessionDocumentCodec(), session))
                .withMessageContaining("demo/session-1")
                .withMessageContaining("rebuild");
        assertThatIllegalStateException()
                .isThrownBy(() -> read(new ClientRollupCodec(), rollup))
                .withMessageContaining("demo/coachee-1")
                .withMessageContaining("rebuild");
    }

    private static <T> BsonDocument write(Codec<T> codec, T value) {
        BsonDocument document = new BsonDocument();
        codec.encode(
                new BsonDocumentWriter(document),
                value,
                EncoderContext.builder().build());
        return document;
    }

    private static <T> T read(Codec<T> codec, BsonDocument document) {
        return codec.decode(
                new BsonDocumentReader(document), DecoderContext.builder().build());
    }
}
