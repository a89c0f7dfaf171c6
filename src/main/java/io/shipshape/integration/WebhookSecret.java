package io.shipshape.integration;

import java.time.Instant;

/** A secret shown once: at creation, and at rotation (with the end of the old secret's overlap). */
public record WebhookSecret(WebhookView webhook, String secret, Instant previousSecretExpiresAt) {
}
