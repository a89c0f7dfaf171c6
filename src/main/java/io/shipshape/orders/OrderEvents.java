package io.shipshape.orders;

import java.util.List;

import io.shipshape.customers.CustomerId;
import io.shipshape.shared.Money;

/** Events of the orders module: small records of ids and changed facts, published inside the transaction. */
public final class OrderEvents {

    private OrderEvents() {
    }

    /**
     * An order was captured (status PENDING) with its lines reserved. The snapshot fields after {@code lines}
     * (external id, customer email, totals, time, line names and prices) let a listener describe the order
     * without reading it back: the integration module builds the {@code order.created} payload from this record
     * inside the capture transaction, on the hot path. They are null when built with the short constructors.
     */
    public record OrderPlaced(OrderId orderId, String number, Channel channel, CustomerId customerId, Money total,
                              List<Line> lines, String externalId, String customerEmail, OrderView.Totals totals,
                              java.time.Instant placedAt) {

        public OrderPlaced(OrderId orderId, String number, Channel channel, CustomerId customerId, Money total,
                           List<Line> lines) {
            this(orderId, number, channel, customerId, total, lines, null, null, null, null);
        }

        public record Line(String sku, int quantity, int backordered, String name, Money unitPrice) {
            public Line(String sku, int quantity, int backordered) {
                this(sku, quantity, backordered, null, null);
            }
        }
    }

    /** Every status change of an order, with who (a user, an API key or {@code rule:<name>}) and why. */
    public record OrderStatusChanged(OrderId orderId, String number, OrderStatus from, OrderStatus to, String actor,
                                     String reason) {
    }

    /** Processing released the order to fulfillment (status IN_FULFILLMENT): its allocations are ready to pick. */
    public record OrderReleasedToFulfillment(OrderId orderId, String number) {
    }

    /**
     * Quantities of an order were cancelled and their reservations released. {@code whole} when the whole order
     * is cancelled; {@code amount} is the value cancelled (lines and, for a whole order, shipping and tax), which
     * payments voids or refunds.
     */
    public record OrderCancelled(OrderId orderId, String number, boolean whole, Money amount, List<CancelledLine> lines,
                                 String reason, String actor) {
        public record CancelledLine(String sku, int quantity) {
        }
    }

    /**
     * Staff released a held order whose checks or payment step were still ahead: the processing pipeline picks it
     * up again after commit (durably, through the event publication registry).
     */
    public record OrderProcessingResumed(OrderId orderId, String number) {
    }
}
