package io.shipshape.inventory;

/** Command: change on-hand of a SKU at a location by {@code delta} (not 0) for a reason; an ADJUSTMENT movement. */
public record AdjustStock(String sku, String location, int delta, String reason, String actor) {
}
