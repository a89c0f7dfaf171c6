package io.shipshape.payments;

import java.util.Currency;

import io.shipshape.orders.OrderId;
import io.shipshape.orders.PaymentStatus;
import io.shipshape.shared.Money;

/**
 * The per-order payment row: totals of SUCCESSFUL ledger rows, kept so that one locked row answers "how much may
 * still be captured or refunded". Open (PENDING/UNKNOWN) captures and refunds are not in the totals; the limits
 * subtract them, so money in flight is never promised twice. {@code released} is authorised money given up by
 * voids and partial cancellations.
 */
final class Payment {

    final OrderId orderId;
    final String gateway;
    final Money orderTotal;
    long authorized;
    long captured;
    long refunded;
    long released;
    PaymentStatus status;

    Payment(OrderId orderId, String gateway, Money orderTotal, long authorized, long captured, long refunded,
            long released, PaymentStatus status) {
        this.orderId = orderId;
        this.gateway = gateway;
        this.orderTotal = orderTotal;
        this.authorized = authorized;
        this.captured = captured;
        this.refunded = refunded;
        this.released = released;
        this.status = status;
    }

    Currency currency() {
        return orderTotal.currency();
    }

    Money money(long minor) {
        return new Money(minor, currency());
    }

    /** What the order still owes once cancellations are taken off. */
    long due() {
        return Math.max(0, orderTotal.amountMinor() - released);
    }

    /** Authorised money not yet captured, released, or claimed by an open capture. */
    long capturable(long openCaptures) {
        return Math.max(0, authorized - released - captured - openCaptures);
    }

    /** What the order still owes and nobody is collecting yet: the part a cancellation can simply release. */
    long outstanding(long openCaptures) {
        return Math.max(0, due() - captured - openCaptures);
    }

    /** Captured money not yet refunded or claimed by an open refund. */
    long refundable(long openRefunds) {
        return Math.max(0, captured - refunded - openRefunds);
    }

    /** Applies a transaction that just succeeded to the totals. */
    void apply(TransactionKind kind, long amount) {
        switch (kind) {
            case AUTHORIZATION -> authorized += amount;
            case CAPTURE -> captured += amount;
            case VOID -> released += amount;
            case REFUND -> refunded += amount;
            // Money in hand: authorised and captured at once.
            case MANUAL_PAYMENT -> {
                authorized += amount;
                captured += amount;
            }
        }
    }

    /**
     * The payment status as facts say it: refunds first, then captures, then the authorisation's own state. A
     * status is never set by hand; this is its only definition.
     */
    PaymentStatus derive(TransactionStatus authorization) {
        if (refunded > 0) {
            return refunded >= captured ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
        }
        if (captured > 0) {
            return captured >= due() ? PaymentStatus.CAPTURED : PaymentStatus.PARTIALLY_CAPTURED;
        }
        if (authorization == TransactionStatus.CANCELLED || (authorized > 0 && released >= authorized)) {
            return PaymentStatus.VOIDED;
        }
        if (authorization == TransactionStatus.SUCCESS) {
            return PaymentStatus.AUTHORIZED;
        }
        if (authorization == TransactionStatus.FAILED) {
            return PaymentStatus.FAILED;
        }
        return PaymentStatus.PENDING;
    }
}
