package io.shipshape.customers;

import java.time.Instant;
import java.util.List;

import io.shipshape.shared.Money;

/**
 * SPI: the order statistics of a customer, implemented by the orders module (which depends on customers, not
 * the reverse). When no implementation is present, a customer has 0 orders and no lifetime value.
 */
public interface CustomerOrderStats {

    Stats statsFor(CustomerId id);

    /** The customer's latest orders, newest first, at most {@code limit}; none when orders does not say. */
    default List<RecentOrder> recentOrders(CustomerId id, int limit) {
        return List.of();
    }

    /** How many orders a customer placed, and what they spent: one amount per currency. */
    record Stats(long orderCount, List<Money> lifetimeValue) {

        public Stats {
            lifetimeValue = lifetimeValue == null ? List.of() : List.copyOf(lifetimeValue);
        }

        public static Stats none() {
            return new Stats(0, List.of());
        }
    }

    /** One order of a customer as the customer page lists it; statuses are the orders module's names. */
    record RecentOrder(String orderId, String number, String status, String paymentStatus, String fulfillmentStatus,
                       String channel, Money total, Instant createdAt) {
    }
}
