package io.shipshape.fulfillment;

import io.shipshape.shared.Money;

/**
 * Command: ship a packed fulfillment order with a carrier of the registry and its tracking number; service,
 * weight (grams) and cost are optional.
 */
public record ShipFulfillment(String carrier, String service, String trackingNumber, Integer weightGrams, Money cost,
                              String actor) {
}
