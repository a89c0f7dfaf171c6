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
    /**
     * Available stock (on hand - reserved - safety stock) of a SKU at a location fell to or below its reorder
     * point. Published once per crossing, in the transaction that changed the stock.
     */
    public record LowStock(String sku, String location, int available, int reorderPoint) {
    }

    /** Nothing of a SKU is available at a location any more (once per crossing). */
    public record OutOfStock(String sku, String location) {
    }

    /** A SKU that was out of stock at a location is available there again (once per crossing). */
    public record BackInStock(String sku, String location, int available) {
    }

    /**
     * Arrived stock filled {@code quantity} units of a backordered order line ({@code reference} is the order
     * id) at a location; {@code remaining} units of the line are still backordered. {@code allocationId} is the
     * reservation's id, unique per fill, so a listener can apply each fill once.
     */
    public record BackorderAllocated(java.util.UUID allocationId, String reference, int lineNo, String sku,
                                     String location, int quantity, int remaining) {
    }
}
