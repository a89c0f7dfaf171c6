package io.shipshape.fulfillment;

/**
 * Fulfillment accuracy over a period: of the fulfillment orders shipped or handed over, how many went without a
 * recorded mismatch. {@code rate} is 1.0 when nothing shipped.
 */
public record FulfillmentAccuracy(long shipped, long withMismatches, double rate) {
}
