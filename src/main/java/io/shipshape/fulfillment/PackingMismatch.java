package io.shipshape.fulfillment;

import io.shipshape.orders.OrderId;

/**
 * A fulfillment went wrong at the bench or the shelf: {@code kind} WRONG_ITEM (a scanned code of no line),
 * OVER_SCAN (more than the line holds), or SHORT_PICK (packed or picked fewer than ordered). Reporting counts
 * them for fulfillment accuracy. {@code sku} is null for a wrong item ({@code scanned} says what was scanned).
 */
public record PackingMismatch(FulfillmentId fulfillmentId, OrderId orderId, String location, String kind, String sku,
                              String scanned, Integer expected, Integer actual) {
}
