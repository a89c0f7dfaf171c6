package io.shipshape.fulfillment;

import java.util.List;

import io.shipshape.orders.OrderId;

/** A fulfillment order left its location (carrier and tracking are null for a POS hand-over or a pickup). */
public record FulfillmentShipped(FulfillmentId fulfillmentId, OrderId orderId, String orderNumber, String location,
                                 String carrier, String trackingNumber, String trackingUrl, List<Line> lines) {

    public record Line(String sku, int quantity) {
    }
}
