package io.shipshape.orders;

/**
 * What order processing needs from payments. Orders cannot depend on the payments module (payments reads orders),
 * so orders declares this port and the payments module implements it.
 */
public interface OrderPayments {

    /**
     * Authorises the order's total through the gateway of its payment method. Idempotent per order: a repeated
     * call (after a crash, or from a second server) answers the first attempt's outcome and never authorises
     * twice. Runs in its own transaction, never inside the caller's.
     */
    Authorization authorize(OrderId orderId);

    /**
     * Whether the order's money lets it go on to fulfillment: the authorisation succeeded (or there was nothing to
     * authorise), or recorded payments cover what the order owes. False after a declined authorisation that nothing
     * made good: releasing such an order would ship it unpaid.
     */
    boolean coversOrder(OrderId orderId);

    /** The outcome of an authorisation, with a message for the timeline. */
    record Authorization(Outcome outcome, String message) {
    }

    enum Outcome {
        /** Funds are held; the order may proceed. */
        AUTHORIZED,
        /** Authorised, but the gateway flags it for a person to review (hold reason {@code payment-review}). */
        REVIEW,
        /** Declined (hold reason {@code payment-declined}). */
        DECLINED,
        /** Not decided yet (the gateway answered PENDING or UNKNOWN, or a manual payment is awaited): processing
         *  waits until payments calls {@link OrderLifecycle#paymentSettled}. */
        PENDING,
        /** Nothing to authorise (no payment method, or cash on delivery): the order may proceed. */
        NOT_REQUIRED
    }
}
