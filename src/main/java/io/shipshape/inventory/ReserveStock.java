package io.shipshape.inventory;

import java.util.List;

/**
 * Command: reserve the lines of one order, all or nothing. {@code locationCode}, when set, forces every line
 * to that location (a POS sale or a store order). A backorderable line takes what is available and reports
 * the rest as backordered instead of failing the order.
 */
public record ReserveStock(String reference, String locationCode, List<Line> lines, String actor) {

    public record Line(int lineNo, String sku, int quantity, boolean backorderable) {
    }
}
