package io.throughline.session.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.platform.time.BusinessTime;
import io.throughline.platform.web.ResourceId;
import io.throughline.session.command.ShiftTopic;
import io.throughline.session.query.SessionView;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What happens in a session, each write answered with the session as it is afterwards. Only a session the caller
 * may change gets here ({@link SessionAccess} answers 404 for any other before the body is read).
 */
@RestController
@RequestMapping(SessionsController.SESSIONS + "/{sessionId}")
@Tag(name = "sessions")
class SessionActivityController {

    private final SessionCommands commands;
    private final BusinessTime time;

    SessionActivityController(SessionCommands commands, BusinessTime time) {
        this.commands = commands;
        this.time = time;
    }

    @PostMapping("/start")
    @Operation(summary = "Start the session")
    SessionView start(
            @PathVariable @ResourceId String orgId,
            @PathVariable @ResourceId String sessionId,
            @Valid @RequestBody(required = false) StartRequest request) {
        return commands.apply((request != null ? request : StartRequest.EMPTY).toCommand(orgId, sessionId, time));
    }

    @PostMapping("/check-in")
    @Operation(summary = "Record the check-in: how present the client is")
    SessionView checkIn(
            @PathVariable @ResourceId String orgId,
            @PathVariable @ResourceId String sessionId,
            @Valid @RequestBody CheckInRequest request) {
        return commands.apply(request.toCommand(orgId, sessionId, time));
    }

    @PostMapping("/agreement")
    @Operation(summary = "Contract the session (ICF PCC 3.1–3.4)")
    SessionView agree(
            @PathVariable @ResourceId String orgId,
            @PathVariable @ResourceId String sessionId,
            @Valid @RequestBody AgreementRequest request) {
        return commands.apply(request.toCommand(orgId, sessionId, time));
    }

    @PostMapping("/topic-shifts")
    @Operation(
            summary = "Record a topic shift",
            description = "Answers the shift, whose shiftId a re-contract names, and the session after it. Idempotent"
                    + " by a shiftId the caller chooses: the same shift again (same shiftId, topic and noticedBy)"
                    + " answers 200 and changes nothing, so a retry after a lost answer records one shift; another"
                    + " shift under a taken shiftId is 409. Without a shiftId the server makes one.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "200", description = "This shift was recorded before; nothing changed")
    ResponseEntity<TopicShiftCreated> shiftTopic(
            @PathVariable @ResourceId String orgId,
            @PathVariable @ResourceId String sessionId,
            @Valid @RequestBody TopicShiftRequest request) {
        ShiftTopic command = request.toCommand(orgId, sessionId, time);
        boolean recordedNow = commands.send(command);
        TopicShiftCreated answer = TopicShiftCreated.of(command.shiftId(), commands.view(command.key()));
        return ResponseEntity.status(recordedNow ? HttpStatus.CREATED : HttpStatus.OK)
                .body(answer);
    }

    @PostMapping("/topic-shifts/{shiftId}/re-contract")
    @Operation(summary = "Re-contract after a topic shift")
    SessionView reContract(
            @PathVariable @ResourceId String orgId,
            @PathVariable @ResourceId String sessionId,
            @PathVariable @ResourceId String shiftId,
            @Valid @RequestBody ReContractRequest request) {
        return commands.apply(request.toCommand(orgId, sessionId, shiftId, time));
    }

    @PostMapping("/pieces")
    @Operation(summary = "Complete a piece of the conversation and agree the next step")
    SessionView completePiece(
            @PathVariable @ResourceId String orgId,
            @PathVariable @ResourceId String sessionId,
            @Valid @RequestBody(required = false) PieceRequest request) {
        return commands.apply((request != null ? request : PieceRequest.EMPTY).toCommand(orgId, sessionId, time));
    }

    @PostMapping("/end")
    @Operation(summary = "End the session with its progress check (ICF PCC 8.1)")
    SessionView end(
            @PathVariable @ResourceId String orgId,
            @PathVariable @ResourceId String sessionId,
            @Valid @RequestBody EndRequest request) {
        return commands.apply(request.toCommand(orgId, sessionId, time));
    }

    @PostMapping("/cancel")
    @Operation(summary = "Cancel the session")
    SessionView cancel(
            @PathVariable @ResourceId String orgId,
            @PathVariable @ResourceId String sessionId,
            @Valid @RequestBody(required = false) CancelRequest request) {
        return commands.apply((request != null ? request : CancelRequest.EMPTY).toCommand(orgId, sessionId, time));
    }
}
