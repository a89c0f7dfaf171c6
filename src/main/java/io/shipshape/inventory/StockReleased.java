package io.shipshape.inventory;

import java.util.List;

/** What {@link InventoryManagement#release} gave back, per line: backordered units dropped and reserved units freed. */
public record StockReleased(List<Line> lines) {

    public record Line(int lineNo, String sku, int backorderCancelled, List<Freed> freed) {
    }

    /** Units freed at one location. */
    public record Freed(String location, int quantity) {
    }
}
