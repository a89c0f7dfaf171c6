package io.shipshape.orders;

import java.time.Instant;

/** One status change of an order: from, to, when, who (a user, an API key or {@code rule:<name>}) and why. */
public record OrderHistoryEntry(OrderStatus from, OrderStatus to, Instant at, String actor, String reason) {
}
