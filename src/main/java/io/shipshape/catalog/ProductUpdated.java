package io.shipshape.catalog;

/** Event: some field of a product changed (read the product for its new state). Published in the transaction. */
public record ProductUpdated(ProductId id, String sku) {
}
