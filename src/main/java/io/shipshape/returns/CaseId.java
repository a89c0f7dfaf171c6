package io.shipshape.returns;

import java.util.UUID;

/** The identity of a customer case (a UUIDv7); on the wire an opaque string. */
public record CaseId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
