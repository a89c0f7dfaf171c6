package io.shipshape.integration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.shipshape.integration.DeliveryRepository.NewDelivery;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.Times;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns sequenced events into one delivery row per interested, enabled endpoint. The deliveries and the
 * {@code webhooks} cursor move in one transaction, so each event is fanned out exactly once, whatever crashes.
 * Endpoints registered later do not receive older events (the feed has them).
 */
@Component
class WebhookFanout {

    static final String CURSOR = "webhooks";

    private final EventStore events;
    private final WebhookRepository endpoints;
    private final DeliveryRepository deliveries;
    private final TransactionTemplate tx;
    private final IntegrationProperties properties;
    private final IdGenerator ids;
    private final Clock clock;

    WebhookFanout(EventStore events, WebhookRepository endpoints, DeliveryRepository deliveries, TransactionTemplate tx,
                  IntegrationProperties properties, IdGenerator ids, Clock clock) {
        this.events = events;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.tx = tx;
        this.properties = properties;
        this.ids = ids;
        this.clock = clock;
    }

    /** Fans out up to one batch of events; answers how many events it handled. */
    int run() {
        Integer handled = tx.execute(status -> {
            Optional<Long> last = events.lockCursor(CURSOR);
            if (last.isEmpty()) {
                return 0;
            }
            List<StoredEvent> batch = events.after(last.get(), List.of(), properties.batchSize());
            if (batch.isEmpty()) {
                return 0;
            }
            List<WebhookView> targets = endpoints.enabled().stream().map(WebhookRepository.Endpoint::view).toList();
            List<NewDelivery> rows = new ArrayList<>();
            for (StoredEvent event : batch) {
                for (WebhookView endpoint : targets) {
                    if (endpoint.wants(event.type())) {
                        rows.add(new NewDelivery(ids.next(), endpoint.id(), event));
                    }
                }
            }
            if (!rows.isEmpty()) {
                deliveries.insert(rows, Times.now(clock));
            }
            events.advanceCursor(CURSOR, batch.get(batch.size() - 1).seq());
            return batch.size();
        });
        return handled == null ? 0 : handled;
    }
}
