package io.shipshape.customers;

import java.util.Objects;
import java.util.UUID;

/** The identity of a customer: a UUIDv7 made by the server. */
public record CustomerId(UUID value) {

    public CustomerId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
