package io.shipshape.inventory;

/**
 * One SKU at one location, as the stock list shows it. {@code available = onHand - reserved - safetyStock},
 * never below zero here. {@code low}: at or below safety stock or reorder point (see {@link #isLow}).
 */
public record StockRow(String sku, String location, boolean locationActive, int onHand, int reserved, int available,
                       int safetyStock, Integer reorderPoint, Integer reorderQuantity, boolean low) {

    /**
     * The low-stock rule of the stock screens and the dashboard: what may be sold ({@code onHand - reserved}) is
     * at or below the safety stock, or what is available is at or below the reorder point.
     */
    public static boolean isLow(int onHand, int reserved, int safetyStock, Integer reorderPoint) {
        return onHand - reserved <= safetyStock
                || (reorderPoint != null && onHand - reserved - safetyStock <= reorderPoint);
    }
}
