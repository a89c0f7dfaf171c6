package io.shipshape.fulfillment;

import java.util.UUID;

/** The id of a fulfillment order (UUIDv7). */
public record FulfillmentId(UUID value) {

    public static FulfillmentId parse(String id) {
        return new FulfillmentId(io.shipshape.shared.NotFound.uuid("Fulfillment", id));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
