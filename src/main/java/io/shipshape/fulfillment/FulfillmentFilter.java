package io.shipshape.fulfillment;

import java.time.Instant;

import io.shipshape.orders.OrderId;

/**
 * What a fulfillment list asks for; every field may be null (false): by order, location, status, created before a
 * time, and only the urgent ones (tagged priority/urgent/express, or express shipping).
 */
public record FulfillmentFilter(OrderId orderId, String location, FulfillmentOrderStatus status, Instant createdBefore,
                                boolean urgentOnly) {
}
