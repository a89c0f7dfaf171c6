package io.shipshape.inventory;

/**
 * Command: a stock count of one SKU at one location. The difference to the current on-hand is recorded as a
 * COUNT movement. Null safety stock / reorder settings leave the current ones unchanged.
 */
public record SetStockCount(String sku, String locationCode, int onHand, Integer safetyStock, Integer reorderPoint,
                            Integer reorderQuantity, String reason, String actor) {
}
