package io.shipshape.integration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event's delivery to one endpoint, with its attempt log. Status {@code PENDING} (waiting for its next attempt
 * at {@code nextAttemptAt}), {@code DELIVERED} (a 2xx answer) or {@code FAILED} (retries exhausted, or a 410).
 */
public record DeliveryView(UUID id, UUID webhookId, UUID eventId, long eventSeq, String eventType, String status,
                           int attempts, Instant nextAttemptAt, Instant lastAttemptAt, Integer lastResponseCode,
                           Integer lastLatencyMs, String lastError, Instant createdAt, Instant deliveredAt,
                           List<Attempt> attemptLog) {

    public record Attempt(int attempt, Instant at, Integer responseCode, int latencyMs, String error) {
    }

    DeliveryView withAttempts(List<Attempt> log) {
        return new DeliveryView(id, webhookId, eventId, eventSeq, eventType, status, attempts, nextAttemptAt,
                lastAttemptAt, lastResponseCode, lastLatencyMs, lastError, createdAt, deliveredAt, log);
    }
}
