package io.shipshape.catalog;

import java.util.Objects;
import java.util.UUID;

/** The identity of a product: a UUIDv7 made by the server. The SKU is the business key. */
public record ProductId(UUID value) {

    public ProductId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
