package io.shipshape.inventory;

import java.util.List;

/**
 * Stock of one SKU: per location and in total. {@code available = onHand - reserved - safetyStock}, never
 * below zero in this view.
 */
public record StockLevelView(String sku, int onHand, int reserved, int available, List<AtLocation> locations) {

    public record AtLocation(String location, int onHand, int reserved, int available, int safetyStock,
                             Integer reorderPoint, Integer reorderQuantity) {
    }
}
