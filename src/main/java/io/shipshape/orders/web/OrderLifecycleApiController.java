package io.shipshape.orders.web;

import java.security.Principal;

import io.shipshape.orders.CancelOrder;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderLifecycle;
import io.shipshape.orders.OrderView;
import io.shipshape.orders.web.OrderApiModels.CancelRequest;
import io.shipshape.orders.web.OrderApiModels.OrderResponse;
import io.shipshape.orders.web.OrderApiModels.ReasonRequest;
import io.shipshape.shared.ShipshapeProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/orders/{id}/cancel|hold|release}: staff and integration actions on an order's lifecycle. */
@RestController
@RequestMapping(value = "/api/v1/orders/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Orders")
class OrderLifecycleApiController {

    private final OrderLifecycle lifecycle;
    private final ShipshapeProperties shipshape;

    OrderLifecycleApiController(OrderLifecycle lifecycle, ShipshapeProperties shipshape) {
        this.lifecycle = lifecycle;
        this.shipshape = shipshape;
    }

    @PostMapping("/cancel")
    @Operation(summary = "Cancel the order or some line quantities", description = "Without lines the whole order "
            + "is cancelled. Reservations are released and backorders of the cancelled quantities dropped; totals "
            + "shrink accordingly. Not once anything shipped: 409 invalid-transition.")
    OrderResponse cancel(@PathVariable String id, @Valid @RequestBody CancelRequest request, Principal caller) {
        OrderId orderId = OrderApiController.parse(id);
        return respond(lifecycle.cancel(orderId, new CancelOrder(request.reason(), request.lines() == null ? null
                : request.lines().stream().map(l -> new CancelOrder.Line(l.sku(), l.quantity())).toList(),
                caller.getName())));
    }

    @PostMapping("/hold")
    @Operation(summary = "Put the order on hold", description = "From PENDING, CONFIRMED or IN_FULFILLMENT; "
            + "processing stops until it is released.")
    OrderResponse hold(@PathVariable String id, @Valid @RequestBody ReasonRequest request, Principal caller) {
        return respond(lifecycle.hold(OrderApiController.parse(id), request.reason(), caller.getName()));
    }

    @PostMapping("/release")
    @Operation(summary = "Release a held order", description = "Processing resumes where it stopped; the step "
            + "that held the order counts as decided by the caller.")
    OrderResponse release(@PathVariable String id, Principal caller) {
        return respond(lifecycle.release(OrderApiController.parse(id), caller.getName()));
    }

    private OrderResponse respond(OrderView order) {
        return OrderResponse.of(order, lifecycle.processing(order.id()), shipshape.publicBaseUrl());
    }
}
