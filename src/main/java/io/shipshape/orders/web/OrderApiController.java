package io.shipshape.orders.web;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.UUID;

import io.shipshape.orders.Channel;
import io.shipshape.orders.OrderFilter;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderLifecycle;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderSort;
import io.shipshape.orders.OrderStatus;
import io.shipshape.orders.OrderView;
import io.shipshape.orders.TimelineEntry;
import io.shipshape.orders.web.OrderApiModels.NoteRequest;
import io.shipshape.orders.web.OrderApiModels.OrderList;
import io.shipshape.orders.web.OrderApiModels.OrderResponse;
import io.shipshape.orders.web.OrderApiModels.OrderSummaryResponse;
import io.shipshape.orders.web.OrderApiModels.PlaceOrderRequest;
import io.shipshape.orders.web.OrderApiModels.TimelineResponse;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.PageRequest;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.ResponseHook;
import io.shipshape.shared.ShipshapeProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/orders}: capture from any channel, read one, list with filters, add notes. */
@RestController
@RequestMapping(value = "/api/v1/orders", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Orders")
class OrderApiController {

    private final OrderManagement orders;
    private final PlaceOrderMapper mapper;
    private final ShipshapeProperties shipshape;
    private final OrderLifecycle lifecycle;
    private final JsonMapper json;

    OrderApiController(OrderManagement orders, PlaceOrderMapper mapper, ShipshapeProperties shipshape,
                       OrderLifecycle lifecycle, JsonMapper json) {
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.mapper = mapper;
        this.shipshape = shipshape;
        this.json = json;
        // Capture may commit on the grouped-capture thread: the idempotent response is stored there, in the
        // order's own transaction, through the request's ResponseHook (rendered exactly as the body below).
        ResponseHook.commitsItself("POST", "/api/v1/orders");
    }

    @PostMapping
    @Operation(summary = "Capture an order", description = "Reserves every line or nothing (409 insufficient-stock). "
            + "Send an Idempotency-Key to retry safely.")
    @ApiResponse(responseCode = "201", description = "Captured",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    ResponseEntity<?> place(@Valid @RequestBody PlaceOrderRequest request,
            @Parameter(description = "Makes retries safe: same key and body replays the first response")
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey, Principal caller) {
        ResponseHook hook = ResponseHook.current();
        if (hook != null) {
            hook.renderWith(result -> {
                OrderView view = (OrderView) result;
                return new ResponseHook.Response(201, MediaType.APPLICATION_JSON_VALUE, "/api/v1/orders/" + view.id(),
                        json.writeValueAsString(OrderResponse.of(view, shipshape.publicBaseUrl())));
            });
        }
        var order = orders.place(mapper.toCommand(request, caller.getName()));
        ResponseHook.Response stored = hook == null ? null : hook.committedResponse();
        if (stored != null) { // already rendered to JSON for the replay: send those bytes, not a second rendering
            return ResponseEntity.created(URI.create(stored.location())).contentType(MediaType.APPLICATION_JSON)
                    .body(stored.body());
        }
        return ResponseEntity.created(URI.create("/api/v1/orders/" + order.id()))
                .body(OrderResponse.of(order, shipshape.publicBaseUrl()));
    }

    @GetMapping("/{id}")
    OrderResponse get(@PathVariable String id) {
        OrderId orderId = parse(id);
        return OrderResponse.of(orders.get(orderId), lifecycle.processing(orderId), shipshape.publicBaseUrl());
    }

    @GetMapping("/by-number/{number}")
    OrderResponse byNumber(@PathVariable String number) {
        var order = orders.getByNumber(number);
        return OrderResponse.of(order, lifecycle.processing(order.id()), shipshape.publicBaseUrl());
    }

    @GetMapping("/{id}/timeline")
    TimelineResponse timeline(@PathVariable String id) {
        return new TimelineResponse(orders.timeline(parse(id)));
    }

    @PostMapping("/{id}/notes")
    @Operation(summary = "Add a note to the order's timeline", description = "text: 1 to 2000 characters. "
            + "Answers the new timeline entry (type NOTE).")
    ResponseEntity<TimelineEntry> addNote(@PathVariable String id, @Valid @RequestBody NoteRequest request,
                                          Principal caller) {
        OrderId orderId = parse(id);
        TimelineEntry entry = orders.addNote(orderId, request.text(), caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/orders/" + orderId + "/timeline")).body(entry);
    }

    @GetMapping
    @Operation(summary = "List orders, newest first", description = "q matches the number, external id, "
            + "customer email (exact), a line's SKU (exact) or name (contains); createdTo is exclusive; "
            + "sort=oldest lists oldest first (the cursor continues in the same order).")
    OrderList list(@RequestParam(required = false) OrderStatus status, @RequestParam(required = false) Channel channel,
                   @RequestParam(required = false) UUID customerId, @RequestParam(required = false) String sku,
                   @RequestParam(required = false) String q, @RequestParam(required = false) Instant createdFrom,
                   @RequestParam(required = false) Instant createdTo, @RequestParam(required = false) Integer limit,
                   @RequestParam(required = false) String cursor,
                   @Parameter(description = "newest (default) or oldest") @RequestParam(required = false) String sort) {
        OrderSort order = sort == null || sort.equals("newest") ? OrderSort.NEWEST : sort.equals("oldest")
                ? OrderSort.OLDEST : null;
        if (order == null) {
            throw new DomainException(ProblemType.INVALID_PARAMETER, "sort must be newest or oldest")
                    .with("parameter", "sort");
        }
        var page = orders.list(new OrderFilter(status, channel, customerId, sku, q, createdFrom, createdTo), order,
                PageRequest.of(limit, cursor));
        return new OrderList(page.items().stream().map(OrderSummaryResponse::of).toList(), page.nextCursor());
    }

    static OrderId parse(String id) {
        return new OrderId(NotFound.uuid("Order", id));
    }
}
