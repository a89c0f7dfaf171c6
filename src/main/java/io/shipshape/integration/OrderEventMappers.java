package io.shipshape.integration;

import java.util.List;

import io.shipshape.integration.EventMapper.Outgoing;
import io.shipshape.orders.OrderEvents.OrderCancelled;
import io.shipshape.orders.OrderEvents.OrderPlaced;
import io.shipshape.orders.OrderEvents.OrderStatusChanged;
import io.shipshape.orders.OrderStatus;
import io.shipshape.orders.OrderView;
import io.shipshape.shared.Money;
import org.springframework.stereotype.Component;

/**
 * order.* payloads (version 1). {@code order.cancelled} comes from {@code OrderCancelled} (it carries the amount
 * and lines); a status change to CANCELLED is therefore not published a second time. SHIPPED (every unit shipped)
 * is {@code order.fulfilled}; statuses without an outgoing type (PENDING again after a release, IN_FULFILLMENT,
 * PARTIALLY_SHIPPED, COMPLETED) are not published.
 */
@Component
class OrderEventMappers implements EventMapper.Catalogue {

    record Customer(String id, String email) {
    }

    record Line(String sku, String name, int quantity, Money unitPrice, int backordered) {
    }

    record Created(String orderId, String number, String status, String channel, String externalId,
                   Customer customer, OrderView.Totals totals, Money total, List<Line> lines, String placedAt) {
    }

    record StatusChanged(String orderId, String number, String status, String previousStatus, String reason,
                         String actor) {
    }

    record Cancelled(String orderId, String number, boolean whole, Money amount, List<OrderCancelled.CancelledLine> lines,
                     String reason, String actor) {
    }

    @Override
    public List<EventMapper<?>> mappers() {
        return List.of(
                EventMapper.of(OrderPlaced.class, OrderEventMappers::created),
                EventMapper.of(OrderStatusChanged.class, OrderEventMappers::statusChanged),
                EventMapper.of(OrderCancelled.class, e -> order("order.cancelled", e.orderId().value(),
                        new Cancelled(e.orderId().toString(), e.number(), e.whole(), e.amount(), e.lines(),
                                e.reason(), e.actor()))));
    }

    static Outgoing created(OrderPlaced e) {
        List<Line> lines = e.lines().stream()
                .map(l -> new Line(l.sku(), l.name(), l.quantity(), l.unitPrice(), l.backordered())).toList();
        return order("order.created", e.orderId().value(), new Created(e.orderId().toString(), e.number(),
                OrderStatus.PENDING.name(), e.channel().name(), e.externalId(),
                new Customer(e.customerId() == null ? null : e.customerId().toString(), e.customerEmail()),
                e.totals(), e.total(), lines, e.placedAt() == null ? null : e.placedAt().toString()));
    }

    static Outgoing statusChanged(OrderStatusChanged e) {
        String type = switch (e.to()) {
            case CONFIRMED -> "order.confirmed";
            case ON_HOLD -> "order.on_hold";
            case SHIPPED -> "order.fulfilled";
            case DELIVERED -> "order.delivered";
            default -> null;
        };
        if (type == null) {
            return null;
        }
        return order(type, e.orderId().value(), new StatusChanged(e.orderId().toString(), e.number(), e.to().name(),
                e.from() == null ? null : e.from().name(), e.reason(), e.actor()));
    }

    private static Outgoing order(String type, java.util.UUID orderId, Object data) {
        return new Outgoing(type, orderId.toString(), orderId, data);
    }
}
