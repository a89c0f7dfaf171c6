package io.shipshape.inventory;

/** Events of the inventory module: small records of what changed, published inside the transaction. */
public final class StockEvents {

    private StockEvents() {
    }

    /** On-hand of a SKU at a location was counted (set) from {@code before} to {@code after}. */
    public record StockCounted(String sku, String location, int before, int after, String actor) {
    }

    /** {@code quantity} units were reserved at a location for a reference (an order id). */
    public record StockReserved(String reference, String sku, String location, int quantity) {
    }

    public record LocationCreated(String code, LocationType type) {
    }

    /** A location's name, address, priority or active flag changed (read the location for its new state). */
    public record LocationUpdated(String code, boolean active) {
    }
}
