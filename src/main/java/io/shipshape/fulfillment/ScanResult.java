package io.shipshape.fulfillment;

/**
 * The answer to one scan at the pack bench: {@code accepted} when it counted one more unit of a line, else a
 * mismatch was recorded ({@code mismatch}: WRONG_ITEM or OVER_SCAN) and {@code message} says what to do.
 */
public record ScanResult(boolean accepted, String sku, String mismatch, String message, FulfillmentView fulfillment) {
}
