package io.shipshape.customers;

import java.util.List;

import io.shipshape.shared.Money;

/**
 * SPI: the order statistics of a customer, implemented by the orders module (which depends on customers, not
 * the reverse). When no implementation is present, a customer has 0 orders and no lifetime value.
 */
public interface CustomerOrderStats {

    Stats statsFor(CustomerId id);

    /** How many orders a customer placed, and what they spent: one amount per currency. */
    record Stats(long orderCount, List<Money> lifetimeValue) {

        public Stats {
            lifetimeValue = lifetimeValue == null ? List.of() : List.copyOf(lifetimeValue);
        }

        public static Stats none() {
            return new Stats(0, List.of());
        }
    }
}
