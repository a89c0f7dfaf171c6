package io.shipshape.notifications;

import java.util.List;

import io.shipshape.fulfillment.FulfillmentKind;
import io.shipshape.fulfillment.FulfillmentManagement;
import io.shipshape.orders.OrderId;
import org.springframework.stereotype.Component;

/**
 * The tracking page's parcels from the fulfillment module: every fulfillment order that left with a carrier. A
 * store pickup or a till hand-over is no parcel; the order's timeline says when it was collected.
 */
@Component
class FulfillmentShipments implements ShipmentSource {

    private final FulfillmentManagement fulfillment;

    FulfillmentShipments(FulfillmentManagement fulfillment) {
        this.fulfillment = fulfillment;
    }

    @Override
    public List<TrackedShipment> shipmentsOf(OrderId orderId) {
        return fulfillment.ofOrder(orderId).stream()
                .filter(f -> f.kind() == FulfillmentKind.SHIP && f.shippedAt() != null)
                .map(f -> new TrackedShipment(f.carrier(), f.trackingNumber(), f.trackingUrl(), f.shippedAt(),
                        f.deliveredAt(), f.lines().stream().map(l -> new TrackedShipment.Line(l.sku(), l.quantity()))
                        .toList()))
                .toList();
    }
}
