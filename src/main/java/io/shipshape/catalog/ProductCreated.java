package io.shipshape.catalog;

/** Event: a product was added to the catalog. Published in the creating transaction. */
public record ProductCreated(ProductId id, String sku) {
}
