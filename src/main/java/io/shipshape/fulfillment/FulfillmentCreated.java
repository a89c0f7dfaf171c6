package io.shipshape.fulfillment;

import io.shipshape.orders.OrderId;

/** A fulfillment order was created for a location (on release, after a partial shipment or a short pick). */
public record FulfillmentCreated(FulfillmentId fulfillmentId, OrderId orderId, String orderNumber, String location,
                                 FulfillmentKind kind) {
}
