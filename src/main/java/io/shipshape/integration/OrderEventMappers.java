package io.shipshape.integration;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.shipshape.integration.EventMapper.Outgoing;
import io.shipshape.orders.OrderEvents.OrderCancelled;
import io.shipshape.orders.OrderEvents.OrderPlaced;
import io.shipshape.orders.OrderEvents.OrderStatusChanged;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderStatus;
import io.shipshape.orders.OrderView;
import io.shipshape.shared.Money;
import org.springframework.stereotype.Component;

/**
 * order.* payloads (version 1). {@code order.cancelled} comes from {@code OrderCancelled} (it carries the amount
 * and lines); a status change to CANCELLED is therefore not published a second time. SHIPPED (every unit shipped)
 * is {@code order.fulfilled}; statuses without an outgoing type (PENDING again after a release, IN_FULFILLMENT,
 * PARTIALLY_SHIPPED, COMPLETED) are not published.
 * <p>
 * Every order.* payload carries the same order summary ({@link OrderFacts.Summary}: number, channel, externalId,
 * customer, total) flat beside its own facts. {@code order.created} builds it from its event; the others read it
 * with one primary-key query of the order per event.
 */
@Component
class OrderEventMappers implements EventMapper.Catalogue {

    record Line(String sku, String name, int quantity, Money unitPrice, int backordered) {
    }

    record Created(String orderId, @JsonUnwrapped OrderFacts.Summary order, String status, OrderView.Totals totals,
                   List<Line> lines, String placedAt) {
    }

    record StatusChanged(String orderId, @JsonUnwrapped OrderFacts.Summary order, String status,
                         String previousStatus, String reason, String actor) {
    }

    record Cancelled(String orderId, @JsonUnwrapped OrderFacts.Summary order, boolean whole, Money amount,
                     List<OrderCancelled.CancelledLine> lines, String reason, String actor) {
    }

    private final OrderFacts facts;

    OrderEventMappers(OrderFacts facts) {
        this.facts = facts;
    }

    @Override
    public List<EventMapper<?>> mappers() {
        return List.of(
                EventMapper.of(OrderPlaced.class, OrderEventMappers::created),
                EventMapper.of(OrderStatusChanged.class, this::statusChanged),
                EventMapper.of(OrderCancelled.class, e -> order("order.cancelled", e.orderId(),
                        new Cancelled(e.orderId().toString(), facts.summary(e.orderId(), e.number()), e.whole(),
                                e.amount(), e.lines(), e.reason(), e.actor()))));
    }

    static Outgoing created(OrderPlaced e) {
        List<Line> lines = e.lines().stream()
                .map(l -> new Line(l.sku(), l.name(), l.quantity(), l.unitPrice(), l.backordered())).toList();
        OrderFacts.Summary summary = new OrderFacts.Summary(e.number(), e.channel().name(), e.externalId(),
                new OrderFacts.Customer(e.customerId() == null ? null : e.customerId().toString(), e.customerEmail()),
                e.total());
        return order("order.created", e.orderId(), new Created(e.orderId().toString(), summary,
                OrderStatus.PENDING.name(), e.totals(), lines, e.placedAt() == null ? null : e.placedAt().toString()));
    }

    Outgoing statusChanged(OrderStatusChanged e) {
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
        return order(type, e.orderId(), new StatusChanged(e.orderId().toString(), facts.summary(e.orderId(), e.number()),
                e.to().name(), e.from() == null ? null : e.from().name(), e.reason(), e.actor()));
    }

    private static Outgoing order(String type, OrderId orderId, Object data) {
        return new Outgoing(type, orderId.toString(), orderId.value(), data);
    }
}
