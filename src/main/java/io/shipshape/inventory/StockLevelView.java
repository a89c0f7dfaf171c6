package io.shipshape.inventory;

import java.util.List;

/**
 * Stock of one SKU: per location and in total. {@code available = onHand - reserved - safetyStock}, never
 * below zero in this view. {@code inTransit}: units shipped by transfers to the location (in total: to any
 * location) and not yet received; they are not on hand anywhere.
 */
public record StockLevelView(String sku, int onHand, int reserved, int available, List<AtLocation> locations,
                             int inTransit) {

    public StockLevelView(String sku, int onHand, int reserved, int available, List<AtLocation> locations) {
        this(sku, onHand, reserved, available, locations, 0);
    }

    public record AtLocation(String location, int onHand, int reserved, int available, int safetyStock,
                             Integer reorderPoint, Integer reorderQuantity, int inTransit) {

        public AtLocation(String location, int onHand, int reserved, int available, int safetyStock,
                          Integer reorderPoint, Integer reorderQuantity) {
            this(location, onHand, reserved, available, safetyStock, reorderPoint, reorderQuantity, 0);
        }
    }
}
