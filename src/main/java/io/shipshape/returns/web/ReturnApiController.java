package io.shipshape.returns.web;

import java.net.URI;
import java.security.Principal;
import java.util.UUID;

import io.shipshape.orders.OrderId;
import io.shipshape.returns.ReturnId;
import io.shipshape.returns.ReturnManagement;
import io.shipshape.returns.ReturnStatus;
import io.shipshape.returns.ReturnView;
import io.shipshape.returns.web.ReturnApiModels.ExchangeRequest;
import io.shipshape.returns.web.ReturnApiModels.ReceiveRequest;
import io.shipshape.returns.web.ReturnApiModels.RefundRequest;
import io.shipshape.returns.web.ReturnApiModels.RejectRequest;
import io.shipshape.returns.web.ReturnApiModels.ReturnList;
import io.shipshape.returns.web.ReturnApiModels.ReturnRequest;
import io.shipshape.returns.web.ReturnApiModels.ReturnResponse;
import io.shipshape.returns.web.ReturnApiModels.Returnable;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.PageRequest;
import io.shipshape.shared.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Returns (RMA): {@code POST /api/v1/orders/{id}/returns} (under the orders scopes, as every
 * {@code /api/v1/orders/**} path) and {@code /api/v1/returns/**} (scopes {@code returns:read/write}).
 */
@RestController
@Tag(name = "Returns")
class ReturnApiController {

    private final ReturnManagement returns;

    ReturnApiController(ReturnManagement returns) {
        this.returns = returns;
    }

    @PostMapping(value = "/api/v1/orders/{id}/returns", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Request a return of shipped units", description = "reason per line from "
            + "shipshape.returns.reasons; more units than shipped minus already returned is 422 not-returnable.")
    ResponseEntity<ReturnResponse> request(@PathVariable String id, @Valid @RequestBody ReturnRequest request,
                                           Principal caller) {
        ReturnView r = returns.request(request.toCommand(new OrderId(NotFound.uuid("Order", id)), false,
                caller.getName()));
        return ResponseEntity.created(URI.create("/api/v1/returns/" + r.id())).body(ReturnResponse.of(r));
    }

    @PostMapping(value = "/api/v1/returns/{id}/approve", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Approve a requested return")
    ReturnResponse approve(@PathVariable String id, Principal caller) {
        return ReturnResponse.of(returns.approve(parse(id), caller.getName()));
    }

    @PostMapping(value = "/api/v1/returns/{id}/reject", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reject a requested return with a reason")
    ReturnResponse reject(@PathVariable String id, @Valid @RequestBody RejectRequest request, Principal caller) {
        return ReturnResponse.of(returns.reject(parse(id), request.reason(), caller.getName()));
    }

    @PostMapping(value = "/api/v1/returns/{id}/receive", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Receive units at a location", description = "RESELLABLE units go back to stock "
            + "(RETURN_RESTOCK, filling backorders first), DAMAGED ones are written off (WRITE_OFF). More than the "
            + "return still awaits is 422 not-returnable.")
    ReturnResponse receive(@PathVariable String id, @Valid @RequestBody ReceiveRequest request, Principal caller) {
        return ReturnResponse.of(returns.receive(parse(id), request.toCommand(caller.getName())));
    }

    @PostMapping(value = "/api/v1/returns/{id}/refund", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Refund a received return through payments", description = "Refunds the received units' "
            + "value (and shipping by shipshape.returns.refund-shipping). With beforeReceipt=true and a note, "
            + "refunds every unit before it arrived. Never more than captured minus refunded (409 "
            + "refund-exceeds-captured).")
    ReturnResponse refund(@PathVariable String id, @Valid @RequestBody(required = false) RefundRequest request,
                          Principal caller) {
        boolean early = request != null && Boolean.TRUE.equals(request.beforeReceipt());
        return ReturnResponse.of(returns.refund(parse(id), early, request == null ? null : request.note(),
                caller.getName()));
    }

    @PostMapping(value = "/api/v1/returns/{id}/exchange", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Exchange: place the replacement order", description = "Same customer, channel and "
            + "addresses; the returned goods' value is the replacement's discount. The rest of its total is paid "
            + "like any order; a surplus is refunded.")
    ReturnResponse exchange(@PathVariable String id, @Valid @RequestBody ExchangeRequest request, Principal caller) {
        return ReturnResponse.of(returns.exchange(parse(id), request.toLines(), caller.getName()));
    }

    @GetMapping(value = "/api/v1/returns/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ReturnResponse get(@PathVariable String id) {
        return ReturnResponse.of(returns.get(parse(id)));
    }

    @GetMapping(value = "/api/v1/returns", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List returns, newest first", description = "Filters: status, orderId; cursor paging.")
    ReturnList list(@RequestParam(required = false) String status, @RequestParam(required = false) String orderId,
                    @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        var page = returns.list(status == null ? null : ReturnStatus.parse(status),
                orderId == null ? null : new OrderId(uuid(orderId)), PageRequest.of(limit, cursor));
        return new ReturnList(page.items().stream().map(ReturnResponse::of).toList(), page.nextCursor());
    }

    @GetMapping(value = "/api/v1/returns/returnable", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "What an order can still return: units per SKU, the reasons, and the customer window")
    Returnable returnable(@RequestParam String orderId) {
        OrderId id = new OrderId(uuid(orderId));
        return new Returnable(returns.returnable(id), returns.settings().reasons(), returns.withinWindow(id));
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new DomainException(ProblemType.INVALID_PARAMETER, "orderId is not an id").with("parameter", "orderId");
        }
    }

    private static ReturnId parse(String id) {
        return new ReturnId(NotFound.uuid("Return", id));
    }
}
