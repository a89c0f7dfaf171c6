package io.shipshape.integration;

import java.util.List;

/** Register an endpoint: its URL, the event types it wants ({@code ["*"]} for all) and an optional description. */
public record CreateWebhook(String url, List<String> events, String description) {
}
