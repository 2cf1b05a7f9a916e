package io.throughline.session.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.events.CoachingEventCodec;
import io.throughline.platform.security.Caller;
import io.throughline.platform.time.BusinessTime;
import io.throughline.platform.web.ResourceId;
import io.throughline.session.command.ScheduleOutcome;
import io.throughline.session.command.ScheduleSession;
import io.throughline.session.command.SessionKey;
import io.throughline.session.command.SessionNotFound;
import io.throughline.session.query.RecordedEvent;
import io.throughline.session.query.SessionHistory;
import io.throughline.session.query.SessionView;
import io.throughline.session.query.list.SessionList;
import io.throughline.session.query.list.SessionPage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scheduling, reading and listing sessions. Who may see which session is {@link SessionAccess}'s to decide: it
 * has checked a session addressed by path before a method here runs, and it scopes the list and the scheduling.
 */
@RestController
@RequestMapping(SessionsController.SESSIONS)
@Tag(name = "sessions")
class SessionsController {

    static final String SESSIONS = "/api/v1/orgs/{orgId}/sessions";
    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_PAGE = 10_000;
    /** The CloudEvents extension attribute of {@code GET …/events} naming who recorded the event (lower case). */
    static final String RECORDED_BY = "recordedby";

    private final SessionCommands commands;
    private final SessionHistory history;
    private final SessionList list;
    private final BusinessTime time;
    private final SessionAccess access;
    private final JsonMapper json;
    private final CoachingEventCodec codec = new CoachingEventCodec();

    SessionsController(
            SessionCommands commands,
            SessionHistory history,
            SessionList list,
            BusinessTime time,
            SessionAccess access,
            JsonMapper json) {
        this.commands = commands;
        this.history = history;
        this.list = list;
        this.time = time;
        this.access = access;
        this.json = json;
    }

    @PostMapping
    @Operation(
            summary = "Schedule a session",
            description = "Idempotent by sessionId: the same session again"
                    + " answers 200 and changes nothing; another session under a taken sessionId is 409. A coach schedules"
                    + " only their own sessions (coachId = the token's): another coachId is 403.")
    @ApiResponse(
            responseCode = "201",
            description = "Scheduled",
            headers =
                    @Header(
                            name = "Location",
                            description = "The session's URL",
                            schema = @Schema(type = "string", format = "uri")))
    @ApiResponse(responseCode = "200", description = "This session was scheduled before; nothing changed")
    ResponseEntity<SessionView> schedule(
            @PathVariable @ResourceId String orgId,
            @Valid @RequestBody ScheduleRequest request,
            @Parameter(hidden = true) Caller caller) {
        access.checkSchedule(caller, request.coachId());
        ScheduleSession command = request.toCommand(orgId, time);
        ScheduleOutcome outcome = commands.send(command);
        SessionView view = commands.view(command.key());
        if (outcome == ScheduleOutcome.ALREADY_SCHEDULED) {
            return ResponseEntity.ok(view);
        }
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                        .path("/{sessionId}")
                        .buildAndExpand(command.sessionId())
                        .toUri())
                .body(view);
    }

    @GetMapping("/{sessionId}")
    @Operation(summary = "The session", description = "Folded from its stored events: reads its own writes.")
    SessionView session(@PathVariable @ResourceId String orgId, @PathVariable @ResourceId String sessionId) {
        SessionKey key = new SessionKey(orgId, sessionId);
        return history.view(key).orElseThrow(() -> new SessionNotFound(key));
    }

    @GetMapping("/{sessionId}/events")
    @Operation(
            summary = "The session's events in order, each a structured-mode CloudEvent",
            description = "Each"
                    + " carries the extension attribute " + RECORDED_BY + ": the token subject of whoever recorded it"
                    + " (absent on events stored before it was kept). Only here: the records on Kafka do not carry it.")
    @ApiResponse(
            responseCode = "200",
            description = "CloudEvents 1.0 JSON objects, data inline",
            content = @Content(array = @ArraySchema(schema = @Schema(type = "object"))))
    List<JsonNode> events(@PathVariable @ResourceId String orgId, @PathVariable @ResourceId String sessionId) {
        SessionKey key = new SessionKey(orgId, sessionId);
        List<RecordedEvent> events = history.recorded(key);
        if (events.isEmpty()) {
            throw new SessionNotFound(key);
        }
        return events.stream().<JsonNode>map(this::cloudEvent).toList();
    }

    @GetMapping
    @Operation(
            summary = "The organisation's sessions, newest scheduled start first",
            description = "From a read"
                    + " model that follows the event store, usually within milliseconds: a session just written may be"
                    + " missing or one step behind (GET /sessions/{sessionId} always reads its own writes). page is"
                    + " 0-based (at most " + MAX_PAGE + "); size 1 to " + MAX_PAGE_SIZE + ", default "
                    + DEFAULT_PAGE_SIZE + "; total counts every matching session. A client's list holds only its own"
                    + " sessions, a coach's only those it holds (whatever clientId and coachId ask); supervisors and"
                    + " org-admins see all of the organisation's.")
    SessionPage sessions(
            @PathVariable @ResourceId String orgId,
            @RequestParam(required = false) @ResourceId String clientId,
            @RequestParam(required = false) @ResourceId String coachId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
            @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) @Min(1) @Max(MAX_PAGE_SIZE) int size,
            @Parameter(hidden = true) Caller caller) {
        return list.page(orgId, clientId, coachId, access.listScope(caller), page, size);
    }

    private ObjectNode cloudEvent(RecordedEvent event) {
        ObjectNode cloudEvent = (ObjectNode) json.readTree(codec.toStructuredJson(event.envelope()));
        if (event.recordedBy() != null) {
            cloudEvent.put(RECORDED_BY, event.recordedBy());
        }
        return cloudEvent;
    }
}
