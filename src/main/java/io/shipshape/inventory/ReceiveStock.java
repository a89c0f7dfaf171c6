package io.shipshape.inventory;

import java.util.List;

/** Command: goods received at a location, with an optional reference such as a purchase order number. */
public record ReceiveStock(String location, String reference, List<StockLine> lines, String actor) {
}
