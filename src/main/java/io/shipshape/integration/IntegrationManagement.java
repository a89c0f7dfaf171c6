package io.shipshape.integration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import io.shipshape.shared.DomainException;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.Times;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The integration module's entry point: webhook endpoints (register, change, rotate the secret, delete), their
 * delivery log and manual retry, and the event feed. Delivery itself runs in the background
 * ({@link IntegrationWorkers}).
 */
@Service
public class IntegrationManagement {

    public static final int MAX_LIMIT = 500;

    private final WebhookRepository endpoints;
    private final DeliveryRepository deliveries;
    private final EventStore events;
    private final TargetPolicy policy;
    private final IntegrationProperties.Webhooks properties;
    private final IdGenerator ids;
    private final Clock clock;

    IntegrationManagement(WebhookRepository endpoints, DeliveryRepository deliveries, EventStore events,
                          TargetPolicy policy, IntegrationProperties.Webhooks properties, IdGenerator ids, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.events = events;
        this.policy = policy;
        this.properties = properties;
        this.ids = ids;
        this.clock = clock;
    }

    /** Registers an endpoint; the answer carries its secret, which is never shown again. */
    @Transactional
    public WebhookSecret create(CreateWebhook cmd) {
        List<String> types = eventTypes(cmd.events());
        String url = validUrl(cmd.url());
        String description = description(cmd.description());
        UUID id = ids.next();
        String secret = WebhookSigner.newSecret();
        endpoints.insert(id, url, description, types, secret, Times.now(clock));
        return new WebhookSecret(get(id), secret, null);
    }

    public List<WebhookView> list() {
        return endpoints.list().stream().map(WebhookRepository.Endpoint::view).toList();
    }

    public WebhookView get(UUID id) {
        return endpoint(id).view();
    }

    @Transactional
    public WebhookView update(UUID id, UpdateWebhook cmd) {
        WebhookView current = get(id);
        String url = cmd.url() == null ? current.url() : validUrl(cmd.url());
        List<String> types = cmd.events() == null ? current.events() : eventTypes(cmd.events());
        String description = cmd.description() == null ? current.description() : description(cmd.description());
        boolean enabled = cmd.enabled() == null ? current.enabled() : cmd.enabled();
        endpoints.update(id, url, description, types, enabled, Times.now(clock));
        return get(id);
    }

    @Transactional
    public void delete(UUID id) {
        if (!endpoints.delete(id)) {
            throw new NotFound("Webhook", id);
        }
    }

    /**
     * Replaces the secret. The old one keeps signing too (both signatures in {@code webhook-signature}) for
     * {@code overlap} (default {@code shipshape.webhooks.rotation-overlap}), so receivers can switch without
     * rejecting a message; zero ends it at once.
     */
    @Transactional
    public WebhookSecret rotateSecret(UUID id, Duration overlap) {
        WebhookRepository.Endpoint endpoint = endpoint(id);
        Duration keep = overlap == null ? properties.rotationOverlap() : overlap;
        if (keep.isNegative() || keep.compareTo(Duration.ofDays(7)) > 0) {
            throw InvalidRequest.of("overlapSeconds", "must be between 0 and 604800 (7 days)");
        }
        Instant now = Times.now(clock);
        String secret = WebhookSigner.newSecret();
        Instant expires = keep.isZero() ? null : now.plus(keep);
        endpoints.rotate(id, secret, keep.isZero() ? null : endpoint.secret(), expires, now);
        return new WebhookSecret(get(id), secret, expires);
    }

    /** An endpoint's deliveries, newest first; {@code beforeSeq} pages back. */
    public List<DeliveryView> deliveries(UUID id, Long beforeSeq, String status, int limit) {
        get(id);
        if (status != null && !List.of("PENDING", "DELIVERED", "FAILED").contains(status)) {
            throw InvalidRequest.of("status", "must be PENDING, DELIVERED or FAILED");
        }
        return deliveries.list(id, beforeSeq, status, limit(limit));
    }

    public DeliveryView delivery(UUID id, UUID deliveryId) {
        return deliveries.find(id, deliveryId).orElseThrow(() -> new NotFound("Delivery", deliveryId));
    }

    /** Queues one more attempt of a delivery now (same {@code webhook-id}); the endpoint must be enabled. */
    @Transactional
    public DeliveryView retry(UUID id, UUID deliveryId) {
        WebhookView endpoint = get(id);
        if (!endpoint.enabled()) {
            throw new DomainException(ProblemType.CONFLICT, "Webhook " + id + " is disabled; enable it before "
                    + "retrying its deliveries").with("webhookId", id);
        }
        if (!deliveries.retryNow(id, deliveryId, Times.now(clock))) {
            throw new NotFound("Delivery", deliveryId);
        }
        return delivery(id, deliveryId);
    }

    /** Sequenced events after the position {@code after} (exclusive), oldest first, optionally of some types. */
    public EventFeed feed(long after, List<String> types, int limit) {
        if (after < 0) {
            throw InvalidRequest.of("after", "must be 0 or a position from nextCursor");
        }
        List<String> wanted = types == null ? List.of() : types.stream().filter(t -> !t.isBlank()).distinct().toList();
        for (String type : wanted) {
            if (!EventTypes.known(type)) {
                throw InvalidRequest.of("types", "unknown event type '" + type + "'; known: " + EventTypes.ALL);
            }
        }
        long expired = events.expiredThrough();
        if (after > 0 && after < expired) {
            throw new DomainException(ProblemType.EVENTS_EXPIRED, "Events after position " + after
                    + " up to " + expired + " were deleted (older than the retention period); continue after "
                    + expired).with("oldestAvailable", Long.toString(expired));
        }
        List<EventFeed.Item> items = events.after(after, wanted, limit(limit)).stream()
                .map(e -> new EventFeed.Item(e.id(), e.seq(), e.type(), EventTypes.VERSION, e.occurredAt(),
                        e.payload())).toList();
        long next = items.isEmpty() ? after : items.get(items.size() - 1).seq();
        return new EventFeed(items, Long.toString(next));
    }

    private WebhookRepository.Endpoint endpoint(UUID id) {
        return endpoints.find(id).orElseThrow(() -> new NotFound("Webhook", id));
    }

    private String validUrl(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            throw InvalidRequest.of("url", "must be an http or https URL of at most 2000 characters");
        }
        return policy.check(url).toString();
    }

    private static String description(String description) {
        if (description != null && description.length() > 500) {
            throw InvalidRequest.of("description", "must be at most 500 characters");
        }
        return description == null || description.isBlank() ? null : description.strip();
    }

    private static List<String> eventTypes(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw InvalidRequest.of("events", "must list event types, or [\"*\"] for all");
        }
        List<InvalidRequest.FieldError> errors = new ArrayList<>();
        LinkedHashSet<String> types = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String type = requested.get(i) == null ? "" : requested.get(i).strip();
            if (!type.equals("*") && !EventTypes.known(type)) {
                errors.add(new InvalidRequest.FieldError("events[" + i + "]", "unknown event type '" + type
                        + "'; known: " + EventTypes.ALL));
            }
            types.add(type);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        return types.contains("*") ? List.of("*") : List.copyOf(types);
    }

    private static int limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidRequest.of("limit", "must be 1 to " + MAX_LIMIT);
        }
        return limit;
    }
}
