package io.shipshape.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.shipshape.customers.CustomerView;
import io.shipshape.inventory.Reservation;
import io.shipshape.orders.OrderEvents.OrderPlaced;
import io.shipshape.orders.OrderView.Allocation;
import io.shipshape.orders.OrderView.Totals;
import io.shipshape.orders.Pricing.PricedLine;

/**
 * The order aggregate as captured: priced lines with their reservations, totals, the customer snapshot, and the
 * timeline rows and event that capture records. Later verbs (hold, release, cancel) check {@link OrderStatus}.
 */
final class Order {

    record Line(PricedLine priced, List<Allocation> allocations, int backordered) {
    }

    private final OrderId id;
    private final String number;
    private final PlaceOrder cmd;
    private final CustomerView customer;
    private final List<Line> lines;
    private final Totals totals;
    private final String trackingToken;
    private final Instant createdAt;
    private final List<TimelineEntry> timeline = new ArrayList<>();

    private Order(OrderId id, String number, PlaceOrder cmd, CustomerView customer, List<Line> lines, Totals totals,
                  String trackingToken, Instant createdAt) {
        this.id = id;
        this.number = number;
        this.cmd = cmd;
        this.customer = customer;
        this.lines = lines;
        this.totals = totals;
        this.trackingToken = trackingToken;
        this.createdAt = createdAt;
    }

    static Order capture(OrderId id, String number, PlaceOrder cmd, CustomerView customer, Pricing.Priced priced,
                         Reservation reservation, String trackingToken, Instant now, Supplier<UUID> ids) {
        List<Line> lines = new ArrayList<>();
        for (PricedLine pl : priced.lines()) {
            Reservation.LineReservation r = reservation.lines().get(pl.lineNo() - 1);
            lines.add(new Line(pl, r.allocations().stream()
                    .map(a -> new Allocation(a.location(), a.quantity(), a.rule())).toList(), r.backordered()));
        }
        Instant createdAt = cmd.placedAt() != null ? cmd.placedAt() : now;
        Order order = new Order(id, number, cmd, customer, lines, priced.totals(), trackingToken, createdAt);
        order.timeline.add(new TimelineEntry(ids.get(), createdAt, "ORDER_PLACED", "Order " + number + " captured via "
                + cmd.channel() + (cmd.externalId() == null ? "" : " (external id " + cmd.externalId() + ")")
                + ", total " + priced.totals().total().format(), cmd.actor()));
        for (Line line : lines) {
            for (Allocation a : line.allocations()) {
                order.timeline.add(new TimelineEntry(ids.get(), createdAt, "STOCK_RESERVED", "Reserved " + a.quantity()
                        + " x " + line.priced().sku() + " at " + a.location() + " (rule: " + a.rule() + ")",
                        "system"));
            }
            if (line.backordered() > 0) {
                order.timeline.add(new TimelineEntry(ids.get(), createdAt, "BACKORDERED", "Backordered "
                        + line.backordered() + " x " + line.priced().sku() + ": not in stock", "system"));
            }
        }
        return order;
    }

    OrderPlaced placed() {
        return new OrderPlaced(id, number, cmd.channel(), customer.id(), totals.total(), lines.stream()
                .map(l -> new OrderPlaced.Line(l.priced().sku(), l.priced().quantity(), l.backordered(),
                        l.priced().name(), l.priced().unitPrice())).toList(),
                cmd.externalId(), customer.email(), totals, createdAt);
    }

    /** The view of the order just captured, without reading it back (capture is the hot path). */
    OrderView view() {
        List<OrderView.Line> viewLines = lines.stream().map(l -> new OrderView.Line(l.priced().lineNo(),
                l.priced().sku(), l.priced().name(), l.priced().quantity(), l.priced().unitPrice(),
                l.priced().lineTotal(), l.allocations(), l.backordered())).toList();
        return new OrderView(id, number, status(), paymentStatus(), fulfillmentStatus(), cmd.channel(),
                cmd.externalId(), new OrderView.Customer(customer.id(), customer.email(), customer.name(),
                customer.phone()), cmd.shippingAddress(), cmd.billingAddress(), viewLines, totals,
                cmd.shippingMethod() == null ? null : cmd.shippingMethod().code(),
                cmd.payment() == null ? null : cmd.payment().method(), cmd.locationCode(), cmd.notes(),
                cmd.tags() == null ? List.of() : cmd.tags(), trackingToken, createdAt, createdAt);
    }

    OrderId id() {
        return id;
    }

    String number() {
        return number;
    }

    PlaceOrder cmd() {
        return cmd;
    }

    CustomerView customer() {
        return customer;
    }

    List<Line> lines() {
        return lines;
    }

    Totals totals() {
        return totals;
    }

    String trackingToken() {
        return trackingToken;
    }

    Instant createdAt() {
        return createdAt;
    }

    OrderStatus status() {
        return OrderStatus.PENDING;
    }

    PaymentStatus paymentStatus() {
        return PaymentStatus.PENDING;
    }

    FulfillmentStatus fulfillmentStatus() {
        return FulfillmentStatus.UNFULFILLED;
    }

    List<TimelineEntry> timeline() {
        return timeline;
    }
}
