package io.shipshape.fulfillment;

import java.time.Instant;

import io.shipshape.orders.OrderId;

/**
 * What a fulfillment list asks for; every field may be null (false): by order, location, status, created before a
 * time, only the urgent ones (tagged priority/urgent/express, or express shipping), and by carrier code and
 * tracking number (what a carrier webhook knows).
 */
public record FulfillmentFilter(OrderId orderId, String location, FulfillmentOrderStatus status, Instant createdBefore,
                                boolean urgentOnly, String carrier, String trackingNumber) {

    public FulfillmentFilter(OrderId orderId, String location, FulfillmentOrderStatus status, Instant createdBefore,
                             boolean urgentOnly) {
        this(orderId, location, status, createdBefore, urgentOnly, null, null);
    }
}
