package io.shipshape.inventory;

/**
 * A SKU at a location whose sellable stock ({@code onHand - reserved}) is at or below its safety stock, or
 * whose availability is at or below its reorder point.
 */
public record LowStockRow(String sku, String location, int onHand, int reserved, int available, int safetyStock,
                       Integer reorderPoint) {
}
