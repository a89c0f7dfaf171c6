package io.shipshape.notifications;

import java.util.List;

import io.shipshape.orders.OrderId;

/**
 * The tracking page's read port for parcels: where the shipments of an order come from. The page works without
 * any (it then shows the order's own milestones); a bean implementing this, one class reading the fulfillment
 * module's public API, adds carriers and tracking links. Several beans are merged.
 */
public interface ShipmentSource {

    /** The order's shipments that left a location, oldest first; empty when there are none. */
    List<TrackedShipment> shipmentsOf(OrderId orderId);
}
