package io.shipshape.fulfillment;

import io.shipshape.orders.OrderId;

/** A fulfillment order reached the customer (delivered by the carrier, picked up, or handed over at the till). */
public record FulfillmentDelivered(FulfillmentId fulfillmentId, OrderId orderId, String orderNumber, String location,
                                   String carrier, String trackingNumber) {
}
