package io.throughline.prepform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.platform.commands.RetryingCommandGateway;
import io.throughline.platform.security.Caller;
import io.throughline.platform.time.BusinessTime;
import io.throughline.platform.web.ResourceId;
import io.throughline.prepform.command.DraftOutcome;
import io.throughline.prepform.command.DraftPrepForm;
import io.throughline.prepform.command.PrepFormKey;
import io.throughline.prepform.command.SubmitPrepForm;
import io.throughline.prepform.command.UpdateAnswers;
import io.throughline.prepform.query.PrepFormEntry;
import io.throughline.prepform.query.PrepFormView;
import io.throughline.prepform.query.PrepFormViews;
import io.throughline.prepform.query.list.PrepFormList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping(path = "/api/v1/orgs/{orgId}/prep-forms", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Prep forms", description = "The client's preparation form for a session")
class PrepFormController {

    private final RetryingCommandGateway gateway;
    private final PrepFormViews views;
    private final PrepFormList list;
    private final BusinessTime time;

    PrepFormController(RetryingCommandGateway gateway, PrepFormViews views, PrepFormList list, BusinessTime time) {
        this.gateway = gateway;
        this.views = views;
        this.list = list;
        this.time = time;
    }

    @PostMapping
    @Operation(
            summary = "Create a draft",
            description = "201 with Location for a new form. A session has one form: when its form exists already"
                    + " (requested because the session was scheduled, or created before), this fills it in and"
                    + " answers 200. A client creates only its own forms (another clientId is 403).")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiResponse(
            responseCode = "200",
            description = "The session's form existed and is filled in",
            useReturnTypeSchema = true)
    ResponseEntity<PrepFormView> create(
            @PathVariable @ResourceId String orgId,
            @Valid @RequestBody CreatePrepFormRequest request,
            @Parameter(hidden = true) Caller caller) {
        PrepFormAccess.requireMayWriteFor(caller, request.clientId());
        String prepFormId = prepFormIdOf(orgId, request);
        DraftOutcome outcome = gateway.send(new DraftPrepForm(
                prepFormId,
                orgId,
                request.clientId(),
                request.sessionId(),
                request.answers().toAnswers(),
                time.orNow(request.at())));
        PrepFormView view = view(orgId, prepFormId);
        if (outcome == DraftOutcome.FILLED_IN) {
            return ResponseEntity.ok(view);
        }
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{prepFormId}")
                .buildAndExpand(prepFormId)
                .toUri();
        return ResponseEntity.created(location).body(view);
    }

    @PutMapping("/{prepFormId}/answers")
    @Operation(summary = "Replace the answers", description = "409 once the form is submitted.")
    PrepFormView updateAnswers(
            @PathVariable @ResourceId String orgId,
            @PathVariable @ResourceId String prepFormId,
            @Valid @RequestBody UpdateAnswersRequest request) {
        gateway.send(new UpdateAnswers(prepFormId, orgId, request.answers().toAnswers(), time.orNow(request.at())));
        return view(orgId, prepFormId);
    }

    @PostMapping("/{prepFormId}/submit")
    @Operation(
            summary = "Submit the form",
            description = "400 when sessionIntent is empty; late when the session has started already.")
    PrepFormView submit(
            @PathVariable @ResourceId String orgId,
            @PathVariable @ResourceId String prepFormId,
            @Valid @RequestBody(required = false) SubmitPrepFormRequest request) {
        gateway.send(new SubmitPrepForm(prepFormId, orgId, time.orNow(request == null ? null : request.at())));
        return view(orgId, prepFormId);
    }

    @GetMapping("/{prepFormId}")
    @Operation(
            summary = "Read a form",
            description = "Folded from the form's events: reflects every write that"
                    + " has been answered. A coach reads the forms of their sessions once submitted; any form the caller may"
                    + " not see is 404.")
    PrepFormView get(@PathVariable @ResourceId String orgId, @PathVariable @ResourceId String prepFormId) {
        return view(orgId, prepFormId);
    }

    @GetMapping
    @Operation(
            summary = "List forms",
            description = "The organisation's forms the caller may see, newest first,"
                    + " narrowed to a client and/or a session: a client's own, a coach's the submitted forms of their sessions."
                    + " Eventually consistent: a write shows here shortly after it was answered.")
    List<PrepFormView> find(
            @PathVariable @ResourceId String orgId,
            @RequestParam(required = false) @ResourceId String clientId,
            @RequestParam(required = false) @ResourceId String sessionId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
            @Parameter(hidden = true) Caller caller) {
        return list.find(orgId, clientId, sessionId, PrepFormAccess.visibility(caller), page, size);
    }

    /** Whether the caller may see the form was decided before ({@link FormVisibilityInterceptor}). */
    private PrepFormView view(String orgId, String prepFormId) {
        return views.find(orgId, prepFormId)
                .map(PrepFormEntry::view)
                .orElseThrow(() -> new PrepFormNotFound(orgId, prepFormId));
    }

    private static String prepFormIdOf(String orgId, CreatePrepFormRequest request) {
        if (request.prepFormId() != null) {
            return request.prepFormId();
        }
        return request.sessionId() != null
                ? PrepFormKey.forSession(orgId, request.sessionId()).prepFormId()
                : UUID.randomUUID().toString();
    }
}
