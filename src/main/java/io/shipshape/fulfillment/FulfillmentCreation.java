package io.shipshape.fulfillment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.LocationType;
import io.shipshape.orders.Channel;
import io.shipshape.orders.OrderLifecycle;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderView;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Creates fulfillment orders: one per allocated location when an order is released, and single ones when the
 * rest of a partial shipment stays behind, a short pick is sourced elsewhere or a backorder is filled. Each
 * creation publishes {@link FulfillmentCreated}.
 */
@Component
class FulfillmentCreation {

    /** The shipping method code of click and collect. */
    static final String PICKUP_METHOD = "pickup";
    /** Queue priorities: lower is worked first. */
    static final int URGENT = 10;
    static final int NORMAL = 100;

    private final FulfillmentRepository repository;
    private final OrderManagement orders;
    private final InventoryManagement inventory;
    private final OrderLifecycle lifecycle;
    private final IdGenerator ids;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FulfillmentCreation(FulfillmentRepository repository, OrderManagement orders, InventoryManagement inventory,
                        OrderLifecycle lifecycle, IdGenerator ids, Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.orders = orders;
        this.inventory = inventory;
        this.lifecycle = lifecycle;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
    }

    /** The order's allocations grouped per location, in allocation order; empty if already released once. */
    List<FulfillmentView> release(OrderView order, String actor) {
        Instant now = Times.now(clock);
        if (!repository.claimRelease(order.id(), now)) {
            return List.of();
        }
        Map<String, List<FulfillmentView.Line>> byLocation = new LinkedHashMap<>();
        for (OrderView.Line line : order.lines()) {
            for (OrderView.Allocation a : line.allocations()) {
                byLocation.computeIfAbsent(a.location(), k -> new ArrayList<>())
                        .add(new FulfillmentView.Line(line.lineNo(), line.sku(), a.quantity(), 0));
            }
        }
        List<FulfillmentView> created = new ArrayList<>();
        byLocation.forEach((location, lines) -> created.add(create(order, location, kindAt(order, location), null,
                lines, actor, now)));
        return created;
    }

    FulfillmentView create(OrderView order, String location, FulfillmentKind kind, FulfillmentId parent,
                           List<FulfillmentView.Line> lines, String actor, Instant now) {
        UUID id = ids.next();
        repository.insert(new FulfillmentRepository.NewFulfillment(id, order.id(), order.number(), location, kind,
                parent == null ? null : parent.value(), priorityOf(order), lines, now));
        FulfillmentId fid = new FulfillmentId(id);
        events.publishEvent(new FulfillmentCreated(fid, order.id(), order.number(), location, kind));
        int units = lines.stream().mapToInt(FulfillmentView.Line::quantity).sum();
        orders.record(order.id(), "FULFILLMENT_CREATED", "Fulfillment " + shortId(fid) + " at " + location + ": "
                + units + " unit(s) to " + switch (kind) {
                    case SHIP -> "ship";
                    case PICKUP -> "hand over for pickup";
                    case POS -> "hand over at the till";
                }, actor);
        return repository.find(id).orElseThrow();
    }

    /**
     * POS sales are handed over at the till where they were taken; click and collect ({@code pickup} with the
     * order's location a store) waits at that store; everything else ships.
     */
    FulfillmentKind kindAt(OrderView order, String location) {
        if (!location.equals(order.locationCode())) {
            return FulfillmentKind.SHIP;
        }
        if (order.channel() == Channel.POS) {
            return FulfillmentKind.POS;
        }
        boolean pickup = order.shippingMethod() != null
                && PICKUP_METHOD.equals(order.shippingMethod().toLowerCase(Locale.ROOT));
        return pickup && inventory.location(location).type() == LocationType.STORE ? FulfillmentKind.PICKUP
                : FulfillmentKind.SHIP;
    }

    /**
     * The queue position: {@value #NORMAL} less the priority a hold rule raised the order to (1 to 100), so a
     * higher order priority is worked first; else urgent ({@value #URGENT}) when the order is tagged
     * {@code priority}, {@code urgent} or {@code express} or ships by an express method; else {@value #NORMAL}.
     */
    int priorityOf(OrderView order) {
        int raised = lifecycle.priority(order.id());
        if (raised > 0) {
            return Math.max(0, NORMAL - raised);
        }
        boolean tagged = order.tags() != null && order.tags().stream().map(t -> t.toLowerCase(Locale.ROOT))
                .anyMatch(t -> t.equals("priority") || t.equals("urgent") || t.equals("express"));
        String method = order.shippingMethod() == null ? "" : order.shippingMethod().toLowerCase(Locale.ROOT);
        return tagged || method.contains("express") || method.contains("next") ? URGENT : NORMAL;
    }

    static String shortId(FulfillmentId id) {
        String s = id.value().toString();
        return s.substring(s.length() - 8).toUpperCase(Locale.ROOT);
    }
}
