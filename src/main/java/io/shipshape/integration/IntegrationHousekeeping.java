package io.shipshape.integration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.shipshape.shared.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the event store from growing forever: every order leaves several events and their payloads behind, and
 * the feed, webhooks and Kafka need them only for a while. Events older than {@code shipshape.integration.keep-events}
 * (30 days, like the event history of common payment and shop platforms) are deleted once nothing still needs them:
 * they are numbered, the webhook fan-out has passed them, Kafka publishing has passed them (when it is on), and no
 * webhook delivery of theirs is still being retried. Their finished deliveries go with them (by event id), with
 * their attempts.
 * Deletes in chunks, so one run never holds a long transaction; any server may run it (deleting is idempotent).
 * Each chunk also raises the retention horizon (the {@value #EXPIRED} row of {@code integration_cursor}, V38) to
 * the highest seq it deleted, in the same transaction, so the feed can tell a consumer whose cursor lies below it
 * that it missed events ({@code events-expired}) rather than silently skipping them.
 */
@Component
class IntegrationHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(IntegrationHousekeeping.class);
    private static final int CHUNK = 1_000;
    /** The {@code integration_cursor} row holding the highest deleted seq. */
    static final String EXPIRED = "expired";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration keep;
    private final boolean kafka;

    IntegrationHousekeeping(JdbcClient jdbc, TransactionTemplate tx, Clock clock, IntegrationProperties.Kafka kafka,
                            @Value("${shipshape.integration.keep-events:30d}") Duration keep) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.keep = keep;
        this.kafka = kafka.bootstrapServers() != null && !kafka.bootstrapServers().isBlank();
    }

    @Scheduled(fixedDelayString = "1h", initialDelayString = "15m")
    void scheduled() {
        Purged purged = purge();
        if (purged.events() > 0 || purged.deliveries() > 0) {
            log.info("Deleted {} events and {} webhook deliveries older than {}", purged.events(), purged.deliveries(),
                    keep);
        }
    }

    record Purged(int events, int deliveries) {
    }

    /**
     * Deletes, chunk by chunk, the events nothing needs any more and, first, their finished deliveries (with their
     * attempts): by event id, so a delivery lives exactly as long as its event (a delivery made days after its event
     * is not left behind, nor one deleted while its event is kept). {@code webhook_delivery_event} (V37) indexes it.
     */
    Purged purge() {
        Object before = Times.db(Instant.now(clock).minus(keep));
        long passed = cursor(WebhookFanout.CURSOR);
        if (kafka) {
            passed = Math.min(passed, cursor(KafkaPublisher.CURSOR));
        }
        int events = 0;
        int deliveries = 0;
        List<UUID> chunk;
        do {
            chunk = jdbc.sql("""
                    SELECT e.id FROM integration_event e
                    WHERE e.seq IS NOT NULL AND e.seq <= :passed AND e.occurred_at < :before
                      AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.event_id = e.id AND d.status = 'PENDING')
                    ORDER BY e.pos LIMIT :chunk""")
                    .param("passed", passed).param("before", before).param("chunk", CHUNK).query(UUID.class).list();
            if (chunk.isEmpty()) {
                break;
            }
            List<UUID> ids = chunk;
            int[] deleted = tx.execute(status -> deleteChunk(ids));
            deliveries += deleted[0];
            events += deleted[1];
        } while (chunk.size() == CHUNK);
        return new Purged(events, deliveries);
    }

    /** One chunk's deliveries and events, and the horizon they raise; answers {deliveries, events} deleted. */
    private int[] deleteChunk(List<UUID> ids) {
        int deliveries = jdbc.sql("DELETE FROM webhook_delivery WHERE event_id IN (:ids) AND status <> 'PENDING'")
                .param("ids", ids).update();
        // An event that still has a delivery (a manual retry made it PENDING again meanwhile) stays for now.
        Long highest = jdbc.sql("""
                SELECT MAX(e.seq) FROM integration_event e WHERE e.id IN (:ids)
                  AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.event_id = e.id)""")
                .param("ids", ids).query(Long.class).optional().orElse(null);
        int events = jdbc.sql("""
                DELETE FROM integration_event e WHERE e.id IN (:ids)
                  AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.event_id = e.id)""")
                .param("ids", ids).update();
        if (highest != null && events > 0) {
            jdbc.sql("UPDATE integration_cursor SET last_seq = :seq WHERE name = :name AND last_seq < :seq")
                    .param("seq", highest).param("name", EXPIRED).update();
        }
        return new int[] {deliveries, events};
    }

    private long cursor(String name) {
        return jdbc.sql("SELECT last_seq FROM integration_cursor WHERE name = :name").param("name", name)
                .query(Long.class).optional().orElse(0L);
    }
}
