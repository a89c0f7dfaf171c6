package io.shipshape.orders;

import java.time.Instant;

/**
 * A step of an order as its customer may see it (the public tracking page): what happened and when, never who did
 * it or why (no staff names, rules, holds or notes).
 */
public record CustomerMilestone(Instant at, Kind kind) {

    public enum Kind {
        PLACED, CONFIRMED, SHIPPED, DELIVERED, READY_FOR_PICKUP, PICKED_UP, CANCELLED, PARTIALLY_CANCELLED, REFUNDED
    }
}
