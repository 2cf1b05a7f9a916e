package io.throughline.prepform;

import static io.throughline.prepform.FormFixtures.ANSWERS;
import static io.throughline.prepform.FormFixtures.PATIENCE;
import static io.throughline.prepform.FormFixtures.assertOk;
import static io.throughline.prepform.FormFixtures.awaitList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.TestIssuer;
import io.throughline.prepform.command.PrepFormKey;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Ownership, decided where the forms are: a client's own forms, a coach's submitted forms of their sessions;
 * a form the caller may not see answers exactly as one that does not exist, and lists hold only what the
 * caller may see.
 */
@PrepFormServiceIT
class PrepFormAccessIT {

    private static final TestIssuer ISSUER = TestIssuer.get();
    private static KafkaTopics kafka;

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    private Api platform;
    private FormFixtures fixtures;
    private SessionScenario session;

    @BeforeAll
    static void connect(TestInfrastructure infrastructure) {
        kafka = new KafkaTopics(infrastructure.kafkaBootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @BeforeEach
    void setUp() {
        platform = new Api(port);
        fixtures = new FormFixtures(platform, kafka);
        session = SessionScenario.fresh("access");
    }

    @Test
    void anotherClientsFormIsNotFoundWhateverTheBody() {
        fixtures.requested(session);
        Api otherClient = platform.as(ISSUER.client(session.orgId(), "someone-else"));
        List<Object> before = storedEvents(session);

        String answers = "{\"answers\":" + ANSWERS + "}";
        assertLikeUnknown(otherClient, session, Api::get);
        assertLikeUnknown(otherClient, session, (api, form) -> api.put(form + "/answers", answers));
        assertLikeUnknown(otherClient, session, (api, form) -> api.put(form + "/answers", "{\"answers\": {"));
        assertLikeUnknown(
                otherClient, session, (api, form) -> api.put(form + "/answers", "{\"answers\":{\"wins\":5}}"));
        assertLikeUnknown(otherClient, session, (api, form) -> api.post(form + "/submit", "{\"at\":\"yesterday\"}"));
        assertLikeUnknown(otherClient, session, (api, form) -> api.post(form + "/submit", ""));

        assertThat(storedEvents(session)).isEqualTo(before);
        Api client = fixtures.asClient(session);
        assertThat(assertOk(client.get(session.formPath())).statusCode()).isEqualTo(200);
        assertOk(client.put(session.formPath() + "/answers", "{\"answers\":" + ANSWERS + "}"));
        assertThat(Api.json(assertOk(client.post(session.formPath() + "/submit", "")))
                        .path("status")
                        .asString())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void aClientCreatesFormsOnlyWithItsOwnClientId() {
        Api otherClient = platform.as(ISSUER.client(session.orgId(), "someone-else"));

        HttpResponse<String> refused = otherClient.post(session.formsPath(), session.createFormBody(ANSWERS));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Api.json(refused).path("detail").asString()).contains(session.clientId());
        assertThat(platform.get(session.formPath()).statusCode()).isEqualTo(404);
        assertThat(fixtures.asClient(session)
                        .post(session.formsPath(), session.createFormBody(ANSWERS))
                        .statusCode())
                .isEqualTo(201);
        Api orgAdmin = platform.as(ISSUER.orgAdmin(session.orgId()));
        assertThat(orgAdmin.post(session.formsPath(), "{\"clientId\":\"" + session.clientId() + "\",\"answers\":{}}")
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void aClientCannotFillInAnotherClientsSessionFormNorLearnWhoseItIs() {
        fixtures.requested(session);
        Api otherClient = platform.as(ISSUER.client(session.orgId(), "someone-else"));

        HttpResponse<String> refused = otherClient.post(
                session.formsPath(), session.createFormBody(ANSWERS).replace(session.clientId(), "someone-else"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(Api.json(refused).path("rule").asString()).isEqualTo("SAME_CLIENT_AND_SESSION");
        assertThat(refused.body()).doesNotContain(session.clientId());
    }

    @Test
    void aClientsListHoldsOnlyItsOwnForms() {
        fixtures.requested(session);
        String own = Api.json(assertOk(fixtures.asClient(session)
                        .post(session.formsPath(), "{\"clientId\":\"" + session.clientId() + "\",\"answers\":{}}")))
                .path("prepFormId")
                .asString();
        String others = Api.json(
                        assertOk(platform.post(session.formsPath(), "{\"clientId\":\"someone-else\",\"answers\":{}}")))
                .path("prepFormId")
                .asString();
        assertThat(awaitList(platform, session.formsPath(), 3))
                .containsExactlyInAnyOrder(session.prepFormId(), own, others);

        Api client = fixtures.asClient(session);
        assertThat(ids(client, session.formsPath())).containsExactlyInAnyOrder(session.prepFormId(), own);
        assertThat(ids(client, session.formsPath() + "?clientId=" + session.clientId()))
                .containsExactlyInAnyOrder(session.prepFormId(), own);
        assertThat(ids(client, session.formsPath() + "?clientId=someone-else")).isEmpty();
        assertThat(ids(platform.as(ISSUER.orgAdmin(session.orgId())), session.formsPath()))
                .hasSize(3);
    }

    @Test
    void aCoachReadsOnlyTheSubmittedFormsOfOwnSessions() {
        SessionScenario requested = session;
        SessionScenario draft = sessionOf(session, "draft", session.coachId());
        SessionScenario missed = sessionOf(session, "missed", session.coachId());
        SessionScenario submitted = sessionOf(session, "submitted", session.coachId());
        SessionScenario othersSubmitted = sessionOf(session, "others", "coach-other");
        fixtures.requested(requested);
        fixtures.requested(draft);
        assertOk(fixtures.asClient(draft).put(draft.formPath() + "/answers", "{\"answers\":" + ANSWERS + "}"));
        fixtures.missed(missed);
        fixtures.submitted(submitted);
        fixtures.submitted(othersSubmitted);
        Api coach = fixtures.asCoach(session);

        for (SessionScenario invisible : List.of(requested, draft, missed, othersSubmitted)) {
            assertLikeUnknown(coach, invisible, Api::get);
        }
        JsonNode form = Api.json(assertOk(coach.get(submitted.formPath())));
        assertThat(form.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(form.path("answers").path("sessionIntent").asString()).isEqualTo("Sort out the team");

        // The list is eventually consistent: wait until it shows every form in its final state.
        await().atMost(PATIENCE)
                .until(
                        () -> Api.json(platform.get(session.formsPath()))
                                .valueStream()
                                .map(view -> view.path("status").asString())
                                .sorted()
                                .toList(),
                        List.of("DRAFT", "MISSED", "REQUESTED", "SUBMITTED", "SUBMITTED")::equals);
        assertThat(ids(coach, session.formsPath())).containsExactly(submitted.prepFormId());
        assertThat(ids(coach, session.formsPath() + "?clientId=" + session.clientId()))
                .containsExactly(submitted.prepFormId());
        assertThat(ids(coach, session.formsPath() + "?sessionId=" + requested.sessionId()))
                .isEmpty();
        assertThat(ids(platform.as(ISSUER.coach(session.orgId(), "coach-other")), session.formsPath()))
                .containsExactly(othersSubmitted.prepFormId());
    }

    @Test
    void aFormSubmittedBeforeItsSessionWasScheduledHereReachesTheCoachOnceItIs() {
        Api client = fixtures.asClient(session);
        assertThat(assertOk(client.post(session.formsPath(), session.createFormBody(ANSWERS)))
                        .statusCode())
                .isEqualTo(201);
        assertOk(client.post(session.formPath() + "/submit", ""));
        Api coach = fixtures.asCoach(session);
        awaitList(platform, session.formsPath() + "?sessionId=" + session.sessionId(), 1);

        assertLikeUnknown(coach, session, Api::get);
        assertThat(ids(coach, session.formsPath())).isEmpty();

        kafka.publish(session.scheduled());
        await().atMost(PATIENCE).until(() -> coach.get(session.formPath()).statusCode() == 200);
        assertThat(awaitList(coach, session.formsPath(), 1)).containsExactly(session.prepFormId());
        assertThat(Api.json(coach.get(session.formPath())).path("status").asString())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void aFormSubmittedLateReachesTheCoach() {
        fixtures.missed(session);
        Api coach = fixtures.asCoach(session);
        assertLikeUnknown(coach, session, Api::get);

        fixtures.submitByClient(session);

        JsonNode form = Api.json(assertOk(coach.get(session.formPath())));
        assertThat(form.path("late").asBoolean()).isTrue();
    }

    /** The caller's answer about the form is exactly the 404 of a form that does not exist, but for the id. */
    private void assertLikeUnknown(
            Api caller, SessionScenario form, BiFunction<Api, String, HttpResponse<String>> request) {
        HttpResponse<String> answer = request.apply(caller, form.formPath());
        String unknownId = "no-such-form-" + System.nanoTime();
        HttpResponse<String> unknown = request.apply(caller, form.formsPath() + "/" + unknownId);
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type"))
                .isEqualTo(unknown.headers().firstValue("Content-Type"));
        assertThat(answer.body()).isEqualTo(unknown.body().replace(unknownId, form.prepFormId()));
    }

    private static List<String> ids(Api api, String path) {
        return Api.json(assertOk(api.get(path)))
                .valueStream()
                .map(form -> form.path("prepFormId").asString())
                .toList();
    }

    private static SessionScenario sessionOf(SessionScenario session, String name, String coachId) {
        return new SessionScenario(
                session.orgId(),
                session.clientId(),
                coachId,
                session.sessionId() + "-" + name,
                session.scheduledAt(),
                session.start().plus(Duration.ofDays(1)));
    }

    private List<Object> storedEvents(SessionScenario scenario) {
        List<Object> events = new ArrayList<>();
        eventStore
                .readEvents(new PrepFormKey(scenario.orgId(), scenario.prepFormId()).toString())
                .forEachRemaining((DomainEventMessage<?> message) -> events.add(message.getPayload()));
        return events;
    }
}
