package io.shipshape.notifications;

import java.time.Instant;
import java.util.UUID;

import io.shipshape.orders.OrderId;

/**
 * One row of the send log as the back office shows it. {@code status}: SENDING, SENT, WRITTEN (to the outbox
 * folder), FAILED (will be retried at {@code nextAttemptAt}), GAVE_UP or SKIPPED (the type was switched off).
 * {@code orderId} and {@code orderNumber} are null for an email about no order (a reply on a customer's case).
 */
public record SendRecord(UUID id, OrderId orderId, String orderNumber, NotificationType type, String recipient,
                         String subject, String status, int attempts, Instant nextAttemptAt, String lastError,
                         String outboxFile, Instant createdAt, Instant updatedAt) {
}
