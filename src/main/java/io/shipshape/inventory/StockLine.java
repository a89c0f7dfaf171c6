package io.shipshape.inventory;

/** A quantity of one SKU, as receipts and transfers carry them. */
public record StockLine(String sku, int quantity) {
}
