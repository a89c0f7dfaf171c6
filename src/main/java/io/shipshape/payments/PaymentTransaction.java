package io.shipshape.payments;

import java.time.Instant;
import java.util.UUID;

import io.shipshape.orders.OrderId;
import io.shipshape.shared.Money;

/**
 * One ledger row. {@code requestKey} makes the request unique per order and kind (the shipment reference of a
 * capture, {@code authorization} for the one authorisation); {@code parentId} links a capture or void to its
 * authorisation and a refund to its capture; {@code review} marks an authorisation flagged by the gateway.
 */
public record PaymentTransaction(UUID id, OrderId orderId, TransactionKind kind, TransactionStatus status,
                                 Money amount, String gateway, String gatewayReference, String requestKey,
                                 UUID parentId, boolean review, String reason, String detail, String message,
                                 String actor, Instant answeredAt, Instant createdAt, Instant updatedAt) {

    PaymentTransaction answered(TransactionStatus newStatus, String reference, String newMessage, boolean flagged,
                                Instant now) {
        return new PaymentTransaction(id, orderId, kind, newStatus, amount, gateway,
                reference == null ? gatewayReference : reference, requestKey, parentId, flagged, reason, detail,
                newMessage, actor, now, createdAt, now);
    }
}
