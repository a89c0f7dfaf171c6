package io.shipshape.fulfillment;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of one fulfillment order, with its transition table in one place. Packing may start without a
 * pick list (OPEN to PACKED: a small order picked at the bench); a store pickup is PACKED while it waits for the
 * customer ("ready for pickup") and goes to DELIVERED when handed over.
 */
public enum FulfillmentOrderStatus {
    OPEN, PICKING, PACKED, SHIPPED, DELIVERED, CANCELLED;

    private static final Map<FulfillmentOrderStatus, Set<FulfillmentOrderStatus>> TRANSITIONS = Map.of(
            OPEN, EnumSet.of(PICKING, PACKED, CANCELLED),
            PICKING, EnumSet.of(PACKED, CANCELLED),
            PACKED, EnumSet.of(PACKED, SHIPPED, DELIVERED, CANCELLED),
            SHIPPED, EnumSet.of(DELIVERED),
            DELIVERED, EnumSet.noneOf(FulfillmentOrderStatus.class),
            CANCELLED, EnumSet.noneOf(FulfillmentOrderStatus.class));

    public boolean canMoveTo(FulfillmentOrderStatus next) {
        return TRANSITIONS.get(this).contains(next);
    }

    /** Not yet out of the building: its units are still reserved at the location. */
    public boolean isOpen() {
        return this == OPEN || this == PICKING || this == PACKED;
    }
}
