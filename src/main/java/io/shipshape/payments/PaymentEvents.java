package io.shipshape.payments;

import java.util.UUID;

import io.shipshape.orders.OrderId;
import io.shipshape.shared.Money;

/**
 * Events of the payments module, published in the transaction that records the gateway's answer (so they exist
 * exactly when the ledger says so). Integration maps them to {@code payment.authorized}, {@code payment.captured},
 * {@code payment.failed} and {@code refund.created}.
 */
public final class PaymentEvents {

    private PaymentEvents() {
    }

    /** An authorisation succeeded ({@code review}: the gateway flagged it for a person to look at). */
    public record PaymentAuthorized(UUID transactionId, OrderId orderId, Money amount, String gateway, boolean review) {
    }

    /** Money was captured (a capture, or a manual payment staff recorded). */
    public record PaymentCaptured(UUID transactionId, OrderId orderId, Money amount, String gateway) {
    }

    /** An authorisation, capture, void or refund failed at the gateway. */
    public record PaymentFailed(UUID transactionId, OrderId orderId, Money amount, TransactionKind kind,
                                String message, String gateway) {

        public PaymentFailed(UUID transactionId, OrderId orderId, Money amount, TransactionKind kind, String message) {
            this(transactionId, orderId, amount, kind, message, null);
        }
    }

    /** A refund was paid out. */
    public record RefundCreated(UUID refundId, OrderId orderId, Money amount, String reason) {
    }
}
