package io.shipshape.integration.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.shipshape.integration.CreateWebhook;
import io.shipshape.integration.DeliveryView;
import io.shipshape.integration.IntegrationManagement;
import io.shipshape.integration.UpdateWebhook;
import io.shipshape.integration.WebhookSecret;
import io.shipshape.integration.WebhookView;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/webhooks}: endpoints that receive events as Standard Webhooks (signed with their {@code whsec_}
 * secret), their delivery log, manual retry and secret rotation. Scopes {@code webhooks:read} / {@code webhooks:write}.
 */
@RestController
@RequestMapping(value = "/api/v1/webhooks", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Webhooks", description = "Deliveries carry headers webhook-id (the event id, stable across retries), "
        + "webhook-timestamp (Unix seconds) and webhook-signature (v1,<base64 HMAC-SHA256 of id.timestamp.body "
        + "keyed with the base64-decoded part of the secret after whsec_>; two signatures during a rotation's "
        + "overlap). Body: {id, type, version, timestamp, data}. Retried with backoff for about 27 h; a 410 answer "
        + "disables the endpoint.")
class WebhookApiController {

    record CreateWebhookRequest(@NotBlank @Size(max = 2000) String url,
                                @NotEmpty @Size(max = 50) List<@NotBlank String> events,
                                @Size(max = 500) String description) {
    }

    record UpdateWebhookRequest(@Size(max = 2000) String url, @Size(min = 1, max = 50) List<@NotBlank String> events,
                                @Size(max = 500) String description, Boolean enabled) {
    }

    record RotateRequest(@io.swagger.v3.oas.annotations.media.Schema(description = "How long the old secret keeps signing too (default 24 h, max 7 days)")
                         Long overlapSeconds) {
    }

    record WebhookResponse(UUID id, String url, String description, List<String> events, boolean enabled,
                           String disabledReason, Instant disabledAt, Instant failingSince,
                           Instant previousSecretExpiresAt, Instant createdAt, Instant updatedAt, String secret) {
        static WebhookResponse of(WebhookView w, String secret) {
            return new WebhookResponse(w.id(), w.url(), w.description(), w.events(), w.enabled(), w.disabledReason(),
                    w.disabledAt(), w.failingSince(), w.previousSecretExpiresAt(), w.createdAt(), w.updatedAt(),
                    secret);
        }

        static WebhookResponse of(WebhookSecret s) {
            return of(s.webhook(), s.secret());
        }
    }

    record WebhookList(List<WebhookResponse> items, String nextCursor) {
    }

    record DeliveryList(List<DeliveryView> items, String nextCursor) {
    }

    private final IntegrationManagement integration;

    WebhookApiController(IntegrationManagement integration) {
        this.integration = integration;
    }

    @PostMapping
    @Operation(summary = "Register a webhook endpoint; its secret is in this answer only",
            description = "events: event types (see GET /api/v1/events) or [\"*\"]. A URL whose host resolves to a "
                    + "private, loopback or link-local address is refused (422 webhook-target-refused).")
    ResponseEntity<WebhookResponse> create(@Valid @RequestBody CreateWebhookRequest request) {
        WebhookSecret created = integration.create(new CreateWebhook(request.url(), request.events(),
                request.description()));
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + created.webhook().id()))
                .body(WebhookResponse.of(created));
    }

    @GetMapping
    WebhookList list() {
        return new WebhookList(integration.list().stream().map(w -> WebhookResponse.of(w, null)).toList(), null);
    }

    @GetMapping("/{id}")
    WebhookResponse get(@PathVariable String id) {
        return WebhookResponse.of(integration.get(parse(id)), null);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change the URL, event filter or description, or enable/disable the endpoint",
            description = "enabled: true re-enables an endpoint disabled after failures or a 410; its pending "
                    + "deliveries resume.")
    WebhookResponse update(@PathVariable String id, @Valid @RequestBody UpdateWebhookRequest request) {
        return WebhookResponse.of(integration.update(parse(id), new UpdateWebhook(request.url(), request.events(),
                request.description(), request.enabled())), null);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        integration.delete(parse(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/rotate-secret")
    @Operation(summary = "Rotate the signing secret; the new one is in this answer only",
            description = "During the overlap every delivery is signed with both secrets: webhook-signature: "
                    + "v1,<new> v1,<old>.")
    WebhookResponse rotate(@PathVariable String id, @Valid @RequestBody(required = false) RotateRequest request) {
        Duration overlap = request == null || request.overlapSeconds() == null ? null
                : Duration.ofSeconds(request.overlapSeconds());
        return WebhookResponse.of(integration.rotateSecret(parse(id), overlap));
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The endpoint's delivery log, newest event first, with every attempt",
            description = "status: PENDING, DELIVERED or FAILED. nextCursor pages back.")
    DeliveryList deliveries(@PathVariable String id, @RequestParam(required = false) String status,
                            @RequestParam(required = false) Integer limit,
                            @RequestParam(required = false) String cursor) {
        int size = limit == null ? 50 : limit;
        List<DeliveryView> items = integration.deliveries(parse(id), cursor == null ? null : seq(cursor), status, size);
        String next = items.size() == size ? Long.toString(items.get(items.size() - 1).eventSeq()) : null;
        return new DeliveryList(items, next);
    }

    @GetMapping("/{id}/deliveries/{deliveryId}")
    DeliveryView delivery(@PathVariable String id, @PathVariable String deliveryId) {
        return integration.delivery(parse(id), NotFound.uuid("Delivery", deliveryId));
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/retry")
    @Operation(summary = "Attempt a delivery again now (same webhook-id), whatever its status")
    ResponseEntity<DeliveryView> retry(@PathVariable String id, @PathVariable String deliveryId) {
        return ResponseEntity.accepted().body(integration.retry(parse(id), NotFound.uuid("Delivery", deliveryId)));
    }

    private static UUID parse(String id) {
        return NotFound.uuid("Webhook", id);
    }

    static long seq(String cursor) {
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new DomainException(ProblemType.INVALID_PARAMETER, "cursor is not valid").with("parameter", "cursor");
        }
    }
}
