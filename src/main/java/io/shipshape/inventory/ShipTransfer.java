package io.shipshape.inventory;

import java.util.List;

/** Command: ship stock from one location to another; it is in transit until the destination receives it. */
public record ShipTransfer(String from, String to, List<StockLine> lines, String actor) {
}
