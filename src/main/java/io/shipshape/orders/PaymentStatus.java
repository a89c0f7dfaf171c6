package io.shipshape.orders;

/** Derived from the order's payment transactions (never edited by hand). */
public enum PaymentStatus {
    PENDING, AUTHORIZED, PARTIALLY_CAPTURED, CAPTURED, PARTIALLY_REFUNDED, REFUNDED, VOIDED, FAILED
}
