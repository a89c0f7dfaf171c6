package io.shipshape.integration;

import java.util.List;

/** Change an endpoint; null fields stay as they are. {@code enabled: true} re-enables a disabled endpoint. */
public record UpdateWebhook(String url, List<String> events, String description, Boolean enabled) {
}
