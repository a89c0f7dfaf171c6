package io.shipshape.integration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A page of the event feed. {@code nextCursor} is the position to pass as {@code after} next time: the seq of the
 * last item, or the position asked for when nothing new is there yet (so a poller keeps it and asks again).
 */
public record EventFeed(List<Item> items, String nextCursor) {

    /** {@code data} is the payload's JSON text. */
    public record Item(UUID id, long seq, String type, int version, Instant timestamp, String data) {
    }
}
