package io.shipshape.inventory;

import java.util.List;

/**
 * Command: give back quantities of a reference's (an order's) lines that will not be fulfilled: the outstanding
 * backorder of the line first, then its active reservations (newest first).
 */
public record ReleaseStock(String reference, List<Line> lines, String reason, String actor) {

    public record Line(int lineNo, String sku, int quantity) {
    }
}
