package io.shipshape.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes every sequenced event to Kafka, at least once, as a CloudEvents 1.0 structured-mode JSON message keyed
 * by order id (the subject when no order is concerned), with its own {@code kafka} cursor: the cursor row is locked
 * (one server publishes at a time), a batch is sent and acknowledged by the broker (acks=all), and only then does
 * the cursor move in the same transaction. A crash or an unreachable broker leaves the cursor where it was, and the
 * batch is sent again — consumers deduplicate on the CloudEvent {@code id}.
 */
class KafkaPublisher {

    static final String CURSOR = "kafka";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventStore events;
    private final KafkaTemplate<String, String> kafka;
    private final TransactionTemplate tx;
    private final IntegrationProperties.Kafka properties;
    private final int batchSize;

    KafkaPublisher(EventStore events, KafkaTemplate<String, String> kafka, TransactionTemplate tx,
                   IntegrationProperties.Kafka properties, int batchSize) {
        this.events = events;
        this.kafka = kafka;
        this.tx = tx;
        this.properties = properties;
        this.batchSize = batchSize;
    }

    /** Publishes up to one batch; answers how many events it published. */
    int run() {
        Integer published = tx.execute(status -> {
            Optional<Long> last = events.lockCursor(CURSOR);
            if (last.isEmpty()) {
                return 0;
            }
            List<StoredEvent> batch = events.after(last.get(), List.of(), batchSize);
            if (batch.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<SendResult<String, String>>> acks = new ArrayList<>(batch.size());
            for (StoredEvent event : batch) {
                acks.add(kafka.send(properties.topic(), key(event), cloudEvent(event, properties.source())));
            }
            kafka.flush();
            long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
            for (int i = 0; i < acks.size(); i++) {
                try {
                    acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while publishing to Kafka", e);
                } catch (Exception e) {
                    throw new IllegalStateException("Kafka did not acknowledge event " + batch.get(i).id(), e);
                }
            }
            events.advanceCursor(CURSOR, batch.get(batch.size() - 1).seq());
            return batch.size();
        });
        return published == null ? 0 : published;
    }

    static String key(StoredEvent event) {
        return event.orderId() != null ? event.orderId().toString() : event.subject();
    }

    /** CloudEvents 1.0, structured content mode; {@code data} is the stored payload, embedded as is. */
    static String cloudEvent(StoredEvent e, String source) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + e.id() + "\",\"source\":" + JSON.writeValueAsString(source)
                + ",\"type\":\"" + e.type() + "\",\"time\":\"" + e.occurredAt() + "\",\"subject\":"
                + JSON.writeValueAsString(e.subject()) + ",\"datacontenttype\":\"application/json\""
                + ",\"sequence\":\"" + e.seq() + "\""
                + ",\"data\":" + e.payload() + "}";
    }
}
