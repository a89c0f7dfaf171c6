package io.shipshape.orders;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of an order, with its transition table in one place. Capture creates orders in
 * {@link #PENDING}; processing, fulfillment and post-sale move them on through {@link #canMoveTo}.
 */
public enum OrderStatus {
    PENDING, CONFIRMED, ON_HOLD, IN_FULFILLMENT, PARTIALLY_SHIPPED, SHIPPED, DELIVERED, COMPLETED, CANCELLED;

    private static final Map<OrderStatus, Set<OrderStatus>> TRANSITIONS = Map.of(
            PENDING, EnumSet.of(CONFIRMED, ON_HOLD, CANCELLED),
            CONFIRMED, EnumSet.of(IN_FULFILLMENT, ON_HOLD, CANCELLED),
            // An order held after its release to fulfillment returns to IN_FULFILLMENT when released.
            ON_HOLD, EnumSet.of(PENDING, CONFIRMED, IN_FULFILLMENT, CANCELLED),
            IN_FULFILLMENT, EnumSet.of(PARTIALLY_SHIPPED, SHIPPED, ON_HOLD, CANCELLED),
            // Not CANCELLED once anything shipped: the rest is a return (shipped units cannot be released).
            PARTIALLY_SHIPPED, EnumSet.of(SHIPPED),
            SHIPPED, EnumSet.of(DELIVERED, COMPLETED),
            DELIVERED, EnumSet.of(COMPLETED),
            COMPLETED, EnumSet.noneOf(OrderStatus.class),
            CANCELLED, EnumSet.noneOf(OrderStatus.class));

    public boolean canMoveTo(OrderStatus next) {
        return TRANSITIONS.get(this).contains(next);
    }
}
