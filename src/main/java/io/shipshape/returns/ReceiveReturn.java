package io.shipshape.returns;

import java.util.List;

/** Command: units of a return arrived at a location, each line in one condition. */
public record ReceiveReturn(String location, List<Line> lines, String actor) {

    public record Line(String sku, int quantity, ItemCondition condition) {
    }
}
