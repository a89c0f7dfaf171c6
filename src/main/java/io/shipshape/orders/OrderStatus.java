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
            ON_HOLD, EnumSet.of(PENDING, CONFIRMED, CANCELLED),
            IN_FULFILLMENT, EnumSet.of(PARTIALLY_SHIPPED, SHIPPED, ON_HOLD, CANCELLED),
            PARTIALLY_SHIPPED, EnumSet.of(SHIPPED, CANCELLED),
            SHIPPED, EnumSet.of(DELIVERED, COMPLETED),
            DELIVERED, EnumSet.of(COMPLETED),
            COMPLETED, EnumSet.noneOf(OrderStatus.class),
            CANCELLED, EnumSet.noneOf(OrderStatus.class));

    public boolean canMoveTo(OrderStatus next) {
        return TRANSITIONS.get(this).contains(next);
    }
}
