package io.shipshape.orders;

import org.springframework.stereotype.Service;

/**
 * The order's lifecycle after capture: staff and integration actions (hold, release, cancel) and the facts other
 * modules report (payment settled, payment and fulfillment status derived from their records). Every transition is
 * checked against {@link OrderStatus}'s table (else {@code invalid-transition}), writes a history row and a
 * timeline entry, and publishes {@link OrderEvents.OrderStatusChanged}.
 */
@Service
public class OrderLifecycle {

    /** Puts the order on hold for review (status ON_HOLD) with a reason. */
    public OrderView hold(OrderId id, String reason, String actor) {
        throw new UnsupportedOperationException("issue #6");
    }

    /** Releases a held order: processing resumes where it stopped. */
    public OrderView release(OrderId id, String actor) {
        throw new UnsupportedOperationException("issue #6");
    }

    /** Cancels the order or some line quantities, releasing their reservations; not once shipped. */
    public OrderView cancel(OrderId id, CancelOrder cmd) {
        throw new UnsupportedOperationException("issue #6");
    }

    /**
     * Payments reports that an authorisation that was {@link OrderPayments.Outcome#PENDING} is now decided (a
     * reconciliation answer, or staff recorded a manual payment); processing continues or holds the order.
     */
    public void paymentSettled(OrderId id, OrderPayments.Outcome outcome, String actor) {
        throw new UnsupportedOperationException("issue #6");
    }

    /** Payments reports the payment status derived from its transaction ledger; the order stores it for lists. */
    public void paymentStatusChanged(OrderId id, PaymentStatus status) {
        throw new UnsupportedOperationException("issue #6");
    }

    /**
     * Fulfillment reports the fulfillment status derived from its fulfillment orders; the order moves
     * IN_FULFILLMENT to PARTIALLY_SHIPPED, SHIPPED and DELIVERED accordingly.
     */
    public void fulfillmentStatusChanged(OrderId id, FulfillmentStatus status, String actor) {
        throw new UnsupportedOperationException("issue #6");
    }
}
