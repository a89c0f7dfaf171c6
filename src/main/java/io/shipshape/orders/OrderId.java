package io.shipshape.orders;

import java.util.UUID;

/** The identity of an order (a UUIDv7); on the wire an opaque string. */
public record OrderId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
