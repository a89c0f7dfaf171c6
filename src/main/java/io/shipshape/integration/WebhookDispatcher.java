package io.shipshape.integration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.shipshape.integration.DeliveryRepository.Work;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attempts due webhook deliveries: claims a batch (leased, so one server attempts each), sends them in parallel
 * with the configured timeout, and records each outcome — delivered on 2xx; otherwise the next attempt after the
 * retry schedule ({@code shipshape.webhooks.retry-delays}), FAILED when it is exhausted. A 410 answer disables the
 * endpoint at once; an endpoint failing without a success for {@code disable-after} is disabled too, both with a
 * {@code webhook.disabled} event.
 */
@Component
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final DeliveryRepository deliveries;
    private final WebhookRepository endpoints;
    private final TargetPolicy policy;
    private final EventCapture capture;
    private final TransactionTemplate tx;
    private final IntegrationProperties.Webhooks properties;
    private final Clock clock;
    private final HttpClient http;

    WebhookDispatcher(DeliveryRepository deliveries, WebhookRepository endpoints, TargetPolicy policy,
                      EventCapture capture, TransactionTemplate tx, IntegrationProperties.Webhooks properties,
                      Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.policy = policy;
        this.capture = capture;
        this.tx = tx;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private record Outcome(Work work, Instant at, Integer code, int latencyMs, String error) {
        boolean delivered() {
            return code != null && code >= 200 && code < 300;
        }
    }

    /** Attempts up to {@code concurrency} due deliveries; answers how many it attempted. */
    int run() throws InterruptedException {
        Instant now = Times.now(clock);
        // The lease outlives the longest attempt (timeout) with a margin for recording the outcome.
        Instant lease = now.plus(properties.timeout().multipliedBy(2)).plusSeconds(5);
        List<UUID> claimed = tx.execute(s -> deliveries.claimDue(now, lease, properties.concurrency()));
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Outcome>> sent = new ArrayList<>();
        for (Work work : deliveries.work(claimed)) {
            sent.add(send(work));
        }
        for (CompletableFuture<Outcome> future : sent) {
            Outcome outcome;
            try {
                outcome = future.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            try {
                tx.executeWithoutResult(s -> record(outcome));
            } catch (RuntimeException e) {
                log.warn("Could not record webhook delivery {}: {}", outcome.work().deliveryId(), e.toString());
            }
        }
        return claimed.size();
    }

    private CompletableFuture<Outcome> send(Work work) {
        Instant at = Times.now(clock);
        long start = System.nanoTime();
        URI uri;
        try {
            uri = policy.check(work.url());
        } catch (DomainException e) {
            return CompletableFuture.completedFuture(new Outcome(work, at, null, 0, e.getMessage()));
        }
        String body = work.event().envelope();
        String id = work.event().id().toString();
        long timestamp = at.getEpochSecond();
        List<String> secrets = new ArrayList<>(List.of(work.secret()));
        if (work.previousSecret() != null && work.previousSecretExpiresAt() != null
                && work.previousSecretExpiresAt().isAfter(at)) {
            secrets.add(work.previousSecret());
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Shipshape-Webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSigner.header(secrets, id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> {
                    int latency = (int) Duration.ofNanos(System.nanoTime() - start).toMillis();
                    if (error != null) {
                        Throwable cause = error.getCause() != null ? error.getCause() : error;
                        return new Outcome(work, at, null, latency, truncate(cause.toString()));
                    }
                    String failure = response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
                    return new Outcome(work, at, response.statusCode(), latency, failure);
                });
    }

    private void record(Outcome o) {
        Work work = o.work();
        int attempt = work.attempts() + 1;
        if (o.delivered()) {
            if (deliveries.recordAttempt(work.deliveryId(), attempt, o.at(), o.code(), o.latencyMs(), null,
                    "DELIVERED", null)) {
                endpoints.healthy(work.endpointId());
            }
            return;
        }
        List<Duration> delays = properties.retryDelays();
        boolean gone = o.code() != null && o.code() == 410;
        Instant next = gone || attempt > delays.size() ? null : o.at().plus(delays.get(attempt - 1));
        if (!deliveries.recordAttempt(work.deliveryId(), attempt, o.at(), o.code(), o.latencyMs(), o.error(),
                next == null ? "FAILED" : "PENDING", next)) {
            return;
        }
        if (gone) {
            disable(work.endpointId(), "the endpoint answered 410 Gone", o.at());
            return;
        }
        Instant failingSince = endpoints.failing(work.endpointId(), o.at());
        if (!failingSince.plus(properties.disableAfter()).isAfter(o.at())) {
            disable(work.endpointId(), "every delivery failed since " + failingSince, o.at());
        }
    }

    private void disable(UUID endpointId, String reason, Instant at) {
        endpoints.find(endpointId).ifPresent(endpoint -> {
            if (endpoints.disable(endpointId, reason, at)) {
                log.warn("Webhook endpoint {} ({}) disabled: {}", endpointId, endpoint.view().url(), reason);
                capture.record(new EventMapper.Outgoing("webhook.disabled", endpointId.toString(), null,
                        new WebhookDisabled(endpointId.toString(), endpoint.view().url(), reason, at.toString())));
            }
        });
    }

    record WebhookDisabled(String webhookId, String url, String reason, String disabledAt) {
    }

    private static String truncate(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
