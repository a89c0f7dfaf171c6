package io.shipshape.catalog;

import io.shipshape.shared.Money;

/**
 * Command: add a product to the catalog. {@code weightGrams}, {@code barcode} and {@code backorderable}
 * are optional (a null {@code backorderable} means false). A new product is active.
 */
public record CreateProduct(String sku, String name, Money price, Integer weightGrams, String barcode,
                            Boolean backorderable) {
}
