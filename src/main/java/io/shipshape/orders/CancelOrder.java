package io.shipshape.orders;

import java.util.List;

/** Command: cancel the whole order ({@code lines} null or empty) or some quantities of some lines, with a reason. */
public record CancelOrder(String reason, List<Line> lines, String actor) {

    public record Line(String sku, int quantity) {
    }

    public boolean whole() {
        return lines == null || lines.isEmpty();
    }
}
