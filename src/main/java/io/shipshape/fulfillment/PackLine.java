package io.shipshape.fulfillment;

/** A quantity of one SKU, as packing, short picks and pick requests carry them. */
public record PackLine(String sku, int quantity) {
}
