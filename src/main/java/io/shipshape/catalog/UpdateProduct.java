package io.shipshape.catalog;

import io.shipshape.shared.Money;

/**
 * Command: change some fields of a product (PATCH semantics). A null field stays as it is; an empty
 * {@code barcode} removes the barcode. The SKU never changes.
 */
public record UpdateProduct(String name, Money price, Integer weightGrams, String barcode, Boolean backorderable,
                            Boolean active) {
}
