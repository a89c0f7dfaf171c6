package io.shipshape.orders;

import java.time.Instant;
import java.util.UUID;

/** One event in an order's history: what happened, when, by whom. */
public record TimelineEntry(UUID id, Instant at, String type, String message, String actor) {
}
