package io.throughline.prepform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.MongoSocketException;
import com.mongodb.ServerAddress;
import io.throughline.prepform.command.DraftPrepForm;
import io.throughline.prepform.command.PrepFormKey;
import io.throughline.prepform.command.UpdateAnswers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The REST API of API.md over real HTTP: what it answers, and that bad input changes nothing. */
@PrepFormServiceIT
class PrepFormApiIT {

    private static final String ANSWERS = "{\"wins\":\"Shipped the release\",\"sessionIntent\":\"Sort out the team\"}";

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    CommandBus commandBus;

    private Api api;
    private SessionScenario session;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        session = SessionScenario.fresh("api");
    }

    @Test
    void createsAFormWithoutASessionUnderANewUuid() {
        HttpResponse<String> created = api.post(
                session.formsPath(), "{\"clientId\":\"" + session.clientId() + "\",\"answers\":" + ANSWERS + "}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode form = Api.json(created);
        assertThat(form.path("prepFormId").asString()).matches("[0-9a-f-]{36}");
        assertThat(form.path("status").asString()).isEqualTo("DRAFT");
        assertThat(form.path("sessionId").isNull()).isTrue();
        assertThat(created.headers().firstValue("Location"))
                .hasValue(api.uri(session.formsPath() + "/"
                                + form.path("prepFormId").asString())
                        .toString());
        HttpResponse<String> read = api.send(HttpRequest.newBuilder(java.net.URI.create(
                        created.headers().firstValue("Location").orElseThrow()))
                .GET());
        assertThat(Api.json(read)).isEqualTo(form);
    }

    @Test
    void fillsInTheFormWhenTheSameFormIsCreatedAgain() {
        String body = "{\"prepFormId\":\"prep-own\",\"clientId\":\"" + session.clientId() + "\",\"answers\":{}}";
        assertThat(api.post(session.formsPath(), body).statusCode()).isEqualTo(201);

        HttpResponse<String> again = api.post(session.formsPath(), body.replace("{}", ANSWERS));

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(Api.json(again).path("answers").path("wins").asString()).isEqualTo("Shipped the release");
        assertThat(again.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void showsTheFormViewOfApiMd() {
        JsonNode form = Api.json(createSessionForm());

        assertThat(form.propertyNames())
                .containsExactlyInAnyOrder(
                        "prepFormId",
                        "orgId",
                        "clientId",
                        "sessionId",
                        "status",
                        "answers",
                        "dueBy",
                        "submittedAt",
                        "late");
        assertThat(form.path("answers").propertyNames())
                .containsExactlyInAnyOrder("wins", "notDone", "learned", "challenges", "sessionIntent");
        assertThat(form.path("late").asBoolean()).isFalse();
    }

    @Test
    void submitsWithTheTimeGiven() {
        createSessionForm();
        Instant at = Instant.now();

        HttpResponse<String> submitted = api.post(session.formPath() + "/submit", "{\"at\":\"" + at + "\"}");

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(Instant.parse(Api.json(submitted).path("submittedAt").asString()))
                .isEqualTo(at);
    }

    @Test
    void listsTheFormsOfAClientNewestFirst() {
        String first = createOwnForm(session.clientId());
        String second = createOwnForm(session.clientId());
        createOwnForm("someone-else");

        JsonNode forms = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> Api.json(api.get(session.formsPath() + "?clientId=" + session.clientId())),
                        list -> list.size() == 2);

        assertThat(forms.valueStream().map(form -> form.path("prepFormId").asString()))
                .containsExactly(second, first);
        assertThat(Api.json(api.get(session.formsPath() + "?clientId=" + session.clientId() + "&size=1")))
                .hasSize(1);
    }

    @Test
    void sendsACreationThatLostARaceForTheSessionsFormAgain() {
        try (CommandFaults race = CommandFaults.failFirst(
                commandBus,
                session.orgId(),
                DraftPrepForm.class,
                1,
                () -> new AggregateStreamCreationException("another instance created the form first (simulated)"))) {
            createSessionForm();
            assertThat(race.remaining()).isZero();
        }
    }

    @Test
    void answers409WhenAWriteKeepsLosingToConcurrentWrites() {
        createSessionForm();
        try (CommandFaults ignored = CommandFaults.failAlways(
                commandBus,
                session.orgId(),
                UpdateAnswers.class,
                () -> new ConcurrencyException("sequence taken (simulated)"))) {
            assertRefusedUnchanged(
                    () -> api.put(session.formPath() + "/answers", "{\"answers\":" + ANSWERS + "}"), 409, null);
        }
    }

    @Test
    void answers503WhenTheDatabaseIsDown() {
        try (CommandFaults ignored = CommandFaults.failAlways(
                commandBus,
                session.orgId(),
                DraftPrepForm.class,
                () -> new EventStoreException(
                        "Could not store the commit (simulated)",
                        new MongoSocketException("Connection refused", new ServerAddress())))) {
            assertProblem(api.post(session.formsPath(), session.createFormBody(ANSWERS)), 503);
        }
        assertThat(api.get(session.formPath()).statusCode()).isEqualTo(404);
    }

    @Test
    void answers404ForAFormThatDoesNotExist() {
        assertProblem(api.get(session.formPath()), 404);
        assertProblem(api.put(session.formPath() + "/answers", "{\"answers\":" + ANSWERS + "}"), 404);
        assertProblem(api.post(session.formPath() + "/submit", "{}"), 404);
    }

    @Test
    void refusesMalformedJson() {
        createSessionForm();
        assertRefusedUnchanged(() -> api.put(session.formPath() + "/answers", "{\"answers\": {"), 400, null);
    }

    @Test
    void refusesAnswersThatAreNotAnObject() {
        createSessionForm();
        assertRefusedUnchanged(
                () -> api.put(session.formPath() + "/answers", "{\"answers\":\"all fine\"}"), 400, "answers");
    }

    @Test
    void refusesAnAnswerThatIsNotText() {
        createSessionForm();
        assertRefusedUnchanged(
                () -> api.put(session.formPath() + "/answers", "{\"answers\":{\"wins\":[1,2]}}"), 400, "answers.wins");
    }

    @Test
    void refusesANumberWhereTextIsExpected() {
        createSessionForm();
        assertRefusedUnchanged(
                () -> api.put(session.formPath() + "/answers", "{\"answers\":{\"wins\":5}}"), 400, "answers.wins");
        JsonNode problem = assertProblem(
                api.post(
                        session.formsPath(),
                        "{\"clientId\":42,\"sessionId\":\"" + session.sessionId() + "\",\"answers\":{}}"),
                400);
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("clientId");
    }

    @Test
    void refusesAnAtThatIsNoTimestamp() {
        createSessionForm();
        assertRefusedUnchanged(() -> api.post(session.formPath() + "/submit", "{\"at\":\"yesterday\"}"), 400, "at");
    }

    @Test
    void refusesACreationWithoutClientAndAnswers() {
        JsonNode problem =
                assertProblem(api.post(session.formsPath(), "{\"sessionId\":\"" + session.sessionId() + "\"}"), 400);
        assertThat(problem.path("errors")
                        .valueStream()
                        .map(error -> error.path("field").asString()))
                .containsExactlyInAnyOrder("clientId", "answers");
        assertThat(api.get(session.formPath()).statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAnswersWithoutAnswers() {
        createSessionForm();
        assertRefusedUnchanged(() -> api.put(session.formPath() + "/answers", "{}"), 400, "answers");
    }

    @Test
    void refusesAnAnswerLongerThan2000Characters() {
        createSessionForm();
        String answers = "{\"answers\":{\"wins\":\"" + "x".repeat(2_001) + "\"}}";
        assertRefusedUnchanged(() -> api.put(session.formPath() + "/answers", answers), 400, "answers.wins");
    }

    @Test
    void refusesABodyOver64KiB() {
        createSessionForm();
        String answers = "{\"answers\":{\"wins\":\"" + "x".repeat(70_000) + "\"}}";
        assertRefusedUnchanged(() -> api.put(session.formPath() + "/answers", answers), 413, null);
    }

    @Test
    void refusesABodyThatIsNotJson() {
        createSessionForm();
        assertRefusedUnchanged(
                () -> api.send(HttpRequest.newBuilder(api.uri(session.formPath() + "/answers"))
                        .header("Content-Type", "text/plain")
                        .PUT(HttpRequest.BodyPublishers.ofString(ANSWERS))),
                415,
                null);
    }

    @Test
    void refusesAnUnknownAnswer() {
        createSessionForm();
        JsonNode problem = assertRefusedUnchanged(
                () -> api.put(session.formPath() + "/answers", "{\"answers\":{\"wishes\":\"More\"}}"),
                400,
                "answers.wishes");
        assertThat(problem.path("errors").get(0).path("message").asString())
                .isEqualTo("is not a known field; known here: challenges, learned, notDone, sessionIntent, wins");
    }

    @Test
    void refusesIllegalIds() {
        createSessionForm();
        JsonNode problem = assertProblem(
                api.post(
                        session.formsPath(),
                        "{\"clientId\":\"client one\",\"sessionId\":\"" + "s".repeat(65) + "\",\"answers\":{}}"),
                400);
        assertThat(problem.path("errors")
                        .valueStream()
                        .map(error -> error.path("field").asString()))
                .containsExactlyInAnyOrder("clientId", "sessionId");
        assertRefusedUnchanged(() -> api.get(session.formsPath() + "/prep!form"), 400, "prepFormId");
        assertRefusedUnchanged(
                () -> api.get("/api/v1/orgs/org%20one/prep-forms/" + session.prepFormId()), 400, "orgId");
        assertRefusedUnchanged(() -> api.get(session.formsPath() + "?clientId=a%2Fb"), 400, "clientId");
    }

    @Test
    void refusesAnAtMoreThanFiveMinutesAhead() {
        createSessionForm();
        Instant ahead = Instant.now().plus(Duration.ofMinutes(6));
        assertRefusedUnchanged(() -> api.post(session.formPath() + "/submit", "{\"at\":\"" + ahead + "\"}"), 400, "at");
    }

    @Test
    void refusesAnAtBeforeTheFormsPreviousEvent() {
        createSessionForm();
        Instant before = Instant.now().minus(Duration.ofDays(1));
        JsonNode problem = assertRefusedUnchanged(
                () -> api.post(session.formPath() + "/submit", "{\"at\":\"" + before + "\"}"), 409, null);
        assertThat(problem.path("rule").asString()).isEqualTo("NOT_BEFORE_PREVIOUS_EVENT");
    }

    @Test
    void refusesSubmittingWithoutSessionIntent() {
        assertThat(api.post(
                                session.formsPath(),
                                session.createFormBody("{\"wins\":\"Shipped\",\"sessionIntent\":\" \"}"))
                        .statusCode())
                .isEqualTo(201);
        assertRefusedUnchanged(() -> api.post(session.formPath() + "/submit", ""), 400, "answers.sessionIntent");
    }

    @Test
    void refusesAnswersAndASecondSubmissionOnceSubmitted() {
        createSessionForm();
        assertThat(api.post(session.formPath() + "/submit", "").statusCode()).isEqualTo(200);

        JsonNode problem = assertRefusedUnchanged(
                () -> api.put(session.formPath() + "/answers", "{\"answers\":" + ANSWERS + "}"), 409, null);
        assertThat(problem.path("rule").asString()).isEqualTo("SUBMITTED_FORM_IS_FINAL");
        assertRefusedUnchanged(() -> api.post(session.formPath() + "/submit", ""), 409, null);
        assertRefusedUnchanged(() -> api.post(session.formsPath(), session.createFormBody(ANSWERS)), 409, null);
    }

    @Test
    void refusesASecondFormForASession() {
        createSessionForm();
        String body = "{\"prepFormId\":\"prep-2\",\"clientId\":\"" + session.clientId() + "\",\"sessionId\":\""
                + session.sessionId() + "\",\"answers\":{}}";
        JsonNode problem = assertRefusedUnchanged(() -> api.post(session.formsPath(), body), 409, null);
        assertThat(problem.path("rule").asString()).isEqualTo("ONE_FORM_PER_SESSION");
        assertThat(api.get(session.formsPath() + "/prep-2").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAnotherClientsSessionForm() {
        createSessionForm();
        String body = session.createFormBody(ANSWERS).replace(session.clientId(), "someone-else");
        JsonNode problem = assertRefusedUnchanged(() -> api.post(session.formsPath(), body), 409, null);
        assertThat(problem.path("rule").asString()).isEqualTo("SAME_CLIENT_AND_SESSION");
    }

    @Test
    void refusesAPageSizeOutOfRange() {
        assertThat(assertProblem(api.get(session.formsPath() + "?size=201"), 400)
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asString())
                .isEqualTo("size");
    }

    private HttpResponse<String> createSessionForm() {
        HttpResponse<String> created = api.post(session.formsPath(), session.createFormBody(ANSWERS));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created;
    }

    private String createOwnForm(String clientId) {
        HttpResponse<String> created =
                api.post(session.formsPath(), "{\"clientId\":\"" + clientId + "\",\"answers\":{}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Api.json(created).path("prepFormId").asString();
    }

    /** The request is refused with {@code status} (naming {@code field} when given) and the form's events stay as they were. */
    private JsonNode assertRefusedUnchanged(Supplier<HttpResponse<String>> request, int status, String field) {
        List<Object> before = storedEvents();
        JsonNode problem = assertProblem(request.get(), status);
        if (field != null) {
            assertThat(problem.path("errors")
                            .valueStream()
                            .map(error -> error.path("field").asString()))
                    .as(problem.toString())
                    .containsExactly(field);
        }
        assertThat(storedEvents()).isEqualTo(before);
        return problem;
    }

    private List<Object> storedEvents() {
        List<Object> events = new ArrayList<>();
        eventStore
                .readEvents(new PrepFormKey(session.orgId(), session.prepFormId()).toString())
                .forEachRemaining((DomainEventMessage<?> message) -> events.add(message.getPayload()));
        return events;
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = Api.json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        return problem;
    }
}
