package io.shipshape.integration;

import java.time.Instant;
import java.util.UUID;

/**
 * An outgoing event as stored: {@code payload} is the JSON of its {@code data} member, kept as text so every channel
 * (feed, webhook body, CloudEvent) embeds it without parsing it again. {@code seq} is null until sequenced.
 */
record StoredEvent(UUID id, Long seq, String type, String subject, UUID orderId, Instant occurredAt, String payload) {

    /** The body every consumer sees (webhook body, feed item without seq): {@code {id, type, version, timestamp, data}}. */
    String envelope() {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"version\":" + EventTypes.VERSION
                + ",\"timestamp\":\"" + occurredAt + "\",\"data\":" + payload + "}";
    }
}
