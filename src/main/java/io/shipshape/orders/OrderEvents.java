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
}
