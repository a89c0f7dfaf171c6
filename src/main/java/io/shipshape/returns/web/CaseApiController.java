package io.shipshape.returns.web;

import java.net.URI;
import java.security.Principal;
import java.util.UUID;

import io.shipshape.orders.OrderId;
import io.shipshape.returns.CaseId;
import io.shipshape.returns.CaseManagement;
import io.shipshape.returns.CaseStatus;
import io.shipshape.returns.CaseView;
import io.shipshape.returns.OpenCase;
import io.shipshape.returns.web.CaseApiModels.AssignRequest;
import io.shipshape.returns.web.CaseApiModels.CaseResponse;
import io.shipshape.returns.web.CaseApiModels.CaseSummary;
import io.shipshape.returns.web.CaseApiModels.MessageRequest;
import io.shipshape.returns.web.CaseApiModels.MessageResponse;
import io.shipshape.returns.web.CaseApiModels.OpenCaseRequest;
import io.shipshape.returns.web.CaseApiModels.StatusRequest;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.Page;
import io.shipshape.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/cases}: customer inquiries. Scopes {@code returns:read} / {@code returns:write}. */
@RestController
@RequestMapping(value = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases")
class CaseApiController {

    private final CaseManagement cases;

    CaseApiController(CaseManagement cases) {
        this.cases = cases;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a case", description = "Linked to the order (orderId) and/or the customer with "
            + "customerEmail (taken from the order when absent). The message is the first of the conversation.")
    ResponseEntity<CaseResponse> open(@Valid @RequestBody OpenCaseRequest request, Principal caller) {
        OrderId orderId = request.orderId() == null ? null : new OrderId(uuid("orderId", request.orderId()));
        CaseView c = cases.open(new OpenCase(orderId, request.customerEmail(), request.subject(), request.message(),
                Boolean.TRUE.equals(request.fromCustomer()), caller.getName()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + c.id())).body(CaseResponse.of(c));
    }

    @PostMapping(value = "/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a message or an internal note", description = "internal: visible to staff only. "
            + "A staff reply to an OPEN case makes it WAITING_ON_CUSTOMER and emails the customer when "
            + "notifications are configured; a customer message (fromCustomer) reopens the case.")
    ResponseEntity<MessageResponse> message(@PathVariable String id, @Valid @RequestBody MessageRequest request,
                                            Principal caller) {
        CaseId caseId = parse(id);
        CaseView.Message m = cases.addMessage(caseId, request.text(), Boolean.TRUE.equals(request.internal()),
                Boolean.TRUE.equals(request.fromCustomer()), caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId)).body(MessageResponse.of(m));
    }

    @PostMapping(value = "/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change the status", description = "OPEN, WAITING_ON_CUSTOMER or RESOLVED; a RESOLVED case "
            + "can only be reopened (OPEN). Anything else is 409 invalid-transition.")
    CaseResponse status(@PathVariable String id, @Valid @RequestBody StatusRequest request, Principal caller) {
        return CaseResponse.of(cases.changeStatus(parse(id), status(request.status()), caller.getName()));
    }

    @PostMapping(value = "/{id}/assign", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Assign to a staff user (null or blank unassigns)")
    CaseResponse assign(@PathVariable String id, @Valid @RequestBody AssignRequest request, Principal caller) {
        return CaseResponse.of(cases.assign(parse(id), request.assignee(), caller.getName()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a case with its conversation, internal notes included")
    CaseResponse get(@PathVariable String id) {
        return CaseResponse.of(cases.get(parse(id)));
    }

    @GetMapping
    @Operation(summary = "List cases, longest waiting first", description = "status, assignee (empty: unassigned), "
            + "orderId and customerEmail filter; cursor paging.")
    Page<CaseSummary> list(@RequestParam(required = false) String status,
                           @RequestParam(required = false) String assignee,
                           @RequestParam(required = false) String orderId,
                           @RequestParam(required = false) String customerEmail,
                           @RequestParam(required = false) Integer limit,
                           @RequestParam(required = false) String cursor) {
        return cases.list(status == null ? null : status(status), assignee,
                orderId == null ? null : new OrderId(uuid("orderId", orderId)), customerEmail,
                PageRequest.of(limit, cursor)).map(CaseSummary::of);
    }

    static CaseStatus status(String value) {
        try {
            return CaseStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.of("status", "must be OPEN, WAITING_ON_CUSTOMER or RESOLVED");
        }
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.of(field, "is not an id");
        }
    }

    private static CaseId parse(String id) {
        return new CaseId(NotFound.uuid("Case", id));
    }
}
