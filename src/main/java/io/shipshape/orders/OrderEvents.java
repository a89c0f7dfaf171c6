package io.shipshape.orders;

import java.util.List;

import io.shipshape.customers.CustomerId;
import io.shipshape.shared.Money;

/** Events of the orders module: small records of ids and changed facts, published inside the transaction. */
public final class OrderEvents {

    private OrderEvents() {
    }

    /** An order was captured (status PENDING) with its lines reserved. */
    public record OrderPlaced(OrderId orderId, String number, Channel channel, CustomerId customerId, Money total,
                              List<Line> lines) {
        public record Line(String sku, int quantity, int backordered) {
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
}
