package io.shipshape.payments;

/** What a ledger row records. */
public enum TransactionKind {
    /** Funds held on the customer's token for the order total (one per order). */
    AUTHORIZATION,
    /** Authorised money taken (per shipment, at confirmation, or by staff). */
    CAPTURE,
    /** Authorised money released: the rest of the authorisation (whole cancellation) or a part (partial). */
    VOID,
    /** Captured money paid back. */
    REFUND,
    /** Money staff received themselves (cash, bank transfer, cash on delivery). */
    MANUAL_PAYMENT
}
