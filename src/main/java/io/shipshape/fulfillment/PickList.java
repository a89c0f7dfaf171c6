package io.shipshape.fulfillment;

import java.time.Instant;
import java.util.List;

/**
 * A walk through one location: {@code lines} sorted by bin (SKUs without a bin last), each with the orders that
 * take from it; totals per SKU and per order.
 */
public record PickList(String location, Instant createdAt, List<Line> lines, List<SkuTotal> totalsBySku,
                       List<OrderTotal> totalsByOrder, int totalUnits) {

    public record Line(String bin, String sku, String name, int quantity, List<Take> orders) {
    }

    public record Take(String orderNumber, FulfillmentId fulfillmentId, int quantity) {
    }

    public record SkuTotal(String sku, int quantity) {
    }

    public record OrderTotal(String orderNumber, FulfillmentId fulfillmentId, int units) {
    }
}
