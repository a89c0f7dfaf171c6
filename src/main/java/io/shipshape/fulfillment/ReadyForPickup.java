package io.shipshape.fulfillment;

import io.shipshape.orders.OrderId;

/** A click-and-collect order is packed and waits at its store for the customer. */
public record ReadyForPickup(FulfillmentId fulfillmentId, OrderId orderId, String orderNumber, String location) {
}
