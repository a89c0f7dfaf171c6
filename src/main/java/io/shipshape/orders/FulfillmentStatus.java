package io.shipshape.orders;

/** Derived from the order's shipments (never edited by hand). */
public enum FulfillmentStatus {
    UNFULFILLED, PARTIALLY_FULFILLED, FULFILLED, DELIVERED
}
