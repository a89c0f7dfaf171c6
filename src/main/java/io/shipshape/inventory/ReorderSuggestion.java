package io.shipshape.inventory;

/**
 * A SKU at a location whose availability is at or below its reorder point, with how much to order:
 * the reorder quantity, or more if that would not lift availability above the reorder point.
 */
public record ReorderSuggestion(String sku, String location, int onHand, int reserved, int safetyStock,
                                int available, int reorderPoint, Integer reorderQuantity, int suggestedQuantity) {

    static ReorderSuggestion of(String sku, String location, int onHand, int reserved, int safetyStock,
                                int reorderPoint, Integer reorderQuantity) {
        int available = onHand - reserved - safetyStock;
        int toLiftAbovePoint = reorderPoint - available + 1;
        int suggested = Math.max(toLiftAbovePoint, reorderQuantity == null ? 0 : reorderQuantity);
        return new ReorderSuggestion(sku, location, onHand, reserved, safetyStock, Math.max(0, available), reorderPoint,
                reorderQuantity, suggested);
    }
}
