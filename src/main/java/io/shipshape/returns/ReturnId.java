package io.shipshape.returns;

import java.util.UUID;

/** The identity of a return (a UUIDv7); staff also see its human number ({@code RMA-1001}). */
public record ReturnId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
