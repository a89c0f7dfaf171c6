package io.shipshape.integration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook endpoint as the API and back office show it (never its secret). {@code events} is the filter
 * ({@code ["*"]} for all); {@code failingSince} is when its deliveries started failing without a success since;
 * {@code previousSecretExpiresAt} is the end of a rotation's overlap, while both secrets sign.
 */
public record WebhookView(UUID id, String url, String description, List<String> events, boolean enabled,
                          String disabledReason, Instant disabledAt, Instant failingSince,
                          Instant previousSecretExpiresAt, Instant createdAt, Instant updatedAt) {

    /** Whether this endpoint wants events of this type. */
    public boolean wants(String type) {
        return events.contains("*") || events.contains(type);
    }
}
