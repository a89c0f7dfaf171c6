package io.shipshape.integration.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.shipshape.integration.EventFeed;
import io.shipshape.integration.IntegrationManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/events}: the outgoing events as a pull feed (scope {@code events:read}). */
@RestController
@RequestMapping(value = "/api/v1/events", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Events")
class EventFeedApiController {

    record Item(UUID id, long seq, String type, int version, Instant timestamp,
                @JsonRawValue @io.swagger.v3.oas.annotations.media.Schema(type = "object",
                        description = "The payload of this type and version (README: Events, webhooks and Kafka)")
                String data) {
    }

    record Feed(List<Item> items, String nextCursor) {
    }

    private final IntegrationManagement integration;

    EventFeedApiController(IntegrationManagement integration) {
        this.integration = integration;
    }

    @GetMapping
    @Operation(summary = "Events after a position, oldest first",
            description = "Each event has a unique id and a feed position seq that only grows and is never skipped: "
                    + "events become visible in seq order after their change committed, and one order's events are "
                    + "in the order they happened. Pass nextCursor back as after= to continue; it stays where it "
                    + "was when nothing new has happened. A position before events that were deleted at the end of "
                    + "their retention answers 410 events-expired with oldestAvailable, the position to continue "
                    + "from. Types and payloads: README \"Events, webhooks and Kafka\".")
    Feed feed(@Parameter(description = "Position to continue after (nextCursor of the previous page); 0 or absent: "
                      + "from the oldest event kept") @RequestParam(required = false) String after,
              @Parameter(description = "Same as after (the list convention's name)")
              @RequestParam(required = false) String cursor,
              @Parameter(description = "Only these types, comma-separated or repeated, e.g. order.created,order.cancelled")
              @RequestParam(required = false) List<String> types,
              @RequestParam(required = false) Integer limit) {
        String position = after != null ? after : cursor;
        List<String> wanted = new ArrayList<>();
        if (types != null) {
            types.forEach(t -> wanted.addAll(List.of(t.split(","))));
        }
        EventFeed feed = integration.feed(position == null || position.isBlank() ? 0
                : WebhookApiController.seq(position), wanted, limit == null ? 50 : limit);
        return new Feed(feed.items().stream().map(i -> new Item(i.id(), i.seq(), i.type(), i.version(),
                i.timestamp(), i.data())).toList(), feed.nextCursor());
    }
}
