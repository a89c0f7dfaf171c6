package io.shipshape.catalog;

import java.time.Instant;

import io.shipshape.shared.Money;

/**
 * A product as other modules and the API see it. {@code weightGrams} and {@code barcode} may be null;
 * an inactive product is still returned by reads, and the caller decides whether it may be sold.
 */
public record ProductView(ProductId id, String sku, String name, Money price, Integer weightGrams, String barcode,
                          boolean backorderable, boolean active, Instant createdAt, Instant updatedAt) {
}
