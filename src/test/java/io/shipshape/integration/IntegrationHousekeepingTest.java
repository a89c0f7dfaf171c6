package io.shipshape.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.shared.Times;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The event store's retention: old events go once the stages have passed them, but never one that a webhook
 * delivery is still retrying, and never a recent one; finished deliveries of that age go with their attempts.
 */
@ShipshapeTest
class IntegrationHousekeepingTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    IntegrationHousekeeping housekeeping;
    @Autowired
    MockMvc mvc;

    long horizonBefore;

    @BeforeEach
    void rememberHorizon() {
        horizonBefore = horizon();
    }

    /**
     * Other tests read the feed from positions a little before their own events: leave them the retention horizon
     * they had (the events these tests deleted are gone, so they could not see them anyway).
     */
    @AfterEach
    void restoreHorizon() {
        jdbc.sql("UPDATE integration_cursor SET last_seq = :seq WHERE name = 'expired'").param("seq", horizonBefore)
                .update();
    }

    @Test
    void deletesOldEventsAndFinishedDeliveriesThatNothingNeedsAnyMore() {
        Instant old = Instant.now().minus(Duration.ofDays(40));
        UUID gone = event(old);
        UUID retried = event(old);
        UUID recent = event(Instant.now().minus(Duration.ofDays(1)));
        // The running sequencer numbers them and the webhook fan-out passes them, as in production.
        await().atMost(Duration.ofSeconds(15)).until(() -> passed(gone) && passed(retried) && passed(recent));

        UUID endpoint = endpoint();
        UUID pending = delivery(endpoint, retried, "PENDING", old);
        UUID failed = delivery(endpoint, gone, "FAILED", old);
        UUID delivered = delivery(endpoint, recent, "DELIVERED", Instant.now());
        // Deliveries go with their event, whatever their own age: one made long after its old event (a late
        // endpoint, a manual retry) must not outlive it, and an old one of a kept event stays with it.
        UUID other = endpoint();
        UUID lateOfGone = delivery(other, gone, "DELIVERED", Instant.now());
        UUID oldOfRecent = delivery(other, recent, "FAILED", old);
        jdbc.sql("INSERT INTO webhook_attempt (id, delivery_id, attempt, attempted_at, latency_ms) "
                        + "VALUES (:id, :d, 1, :at, 12)")
                .param("id", UUID.randomUUID()).param("d", failed).param("at", Times.db(old)).update();

        IntegrationHousekeeping.Purged purged = housekeeping.purge();

        assertThat(purged.events()).isGreaterThanOrEqualTo(1);
        assertThat(exists("integration_event", gone)).isFalse();
        assertThat(exists("integration_event", retried)).as("its delivery is still being retried").isTrue();
        assertThat(exists("integration_event", recent)).isTrue();
        assertThat(exists("webhook_delivery", failed)).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM webhook_attempt WHERE delivery_id = :d").param("d", failed)
                .query(Long.class).single()).isZero();
        assertThat(exists("webhook_delivery", pending)).isTrue();
        assertThat(exists("webhook_delivery", delivered)).isTrue();
        assertThat(exists("webhook_delivery", lateOfGone)).as("its event is gone").isFalse();
        assertThat(exists("webhook_delivery", oldOfRecent)).as("its event is kept").isTrue();
        assertThat(purged.deliveries()).isGreaterThanOrEqualTo(2);

        // Once the retried delivery is finished, its event goes too; running again is harmless.
        jdbc.sql("UPDATE webhook_delivery SET status = 'FAILED' WHERE id = :id").param("id", pending).update();
        housekeeping.purge();
        assertThat(exists("integration_event", retried)).isFalse();
        assertThat(exists("webhook_delivery", pending)).isFalse();
        assertThat(exists("integration_event", recent)).isTrue();
    }

    /**
     * A feed consumer whose cursor lies before deleted events is told so (410 events-expired, with the position to
     * continue from) instead of silently skipping them; one starting from the beginning, or at the horizon, is not.
     */
    @Test
    void aCursorBeforeDeletedEventsIsToldTheyExpired() throws Exception {
        Instant old = Instant.now().minus(Duration.ofDays(40));
        UUID first = event(old);
        UUID second = event(old);
        UUID kept = event(Instant.now());
        await().atMost(Duration.ofSeconds(15)).until(() -> passed(first) && passed(second) && passed(kept));
        long firstSeq = seq(first);
        long secondSeq = seq(second);
        long keptSeq = seq(kept);

        housekeeping.purge();

        assertThat(exists("integration_event", second)).isFalse();
        long horizon = horizon();
        assertThat(horizon).as("the highest deleted seq").isGreaterThanOrEqualTo(secondSeq).isLessThan(keptSeq);
        ApiClient api = ApiClient.admin(mvc);
        api.get("/api/v1/events?after=" + firstSeq).andExpect(status().isGone())
                .andExpect(jsonPath("$.type").value("/problems/events-expired"))
                .andExpect(jsonPath("$.status").value(410))
                .andExpect(jsonPath("$.oldestAvailable").value(Long.toString(horizon)));
        api.get("/api/v1/events?cursor=" + (horizon - 1)).andExpect(status().isGone());
        api.get("/api/v1/events?after=" + horizon + "&limit=500").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + kept + "')]").exists());
        api.get("/api/v1/events?limit=1").andExpect(status().isOk());
        api.get("/api/v1/events?after=0&limit=1").andExpect(status().isOk());
        mvc.perform(get("/problems/events-expired").accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(410));
    }

    private long horizon() {
        return jdbc.sql("SELECT last_seq FROM integration_cursor WHERE name = 'expired'").query(Long.class).single();
    }

    private long seq(UUID event) {
        return jdbc.sql("SELECT seq FROM integration_event WHERE id = :id").param("id", event).query(Long.class)
                .single();
    }

    private UUID event(Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO integration_event (id, type, subject, occurred_at, payload) "
                        + "VALUES (:id, 'order.created', :subject, :at, '{}')")
                .param("id", id).param("subject", "orders/" + id).param("at", Times.db(at)).update();
        return id;
    }

    private boolean passed(UUID event) {
        List<Long> seq = jdbc.sql("SELECT seq FROM integration_event WHERE id = :id AND seq IS NOT NULL")
                .param("id", event).query(Long.class).list();
        long fannedOut = jdbc.sql("SELECT last_seq FROM integration_cursor WHERE name = 'webhooks'")
                .query(Long.class).single();
        return !seq.isEmpty() && seq.get(0) <= fannedOut;
    }

    /** A disabled endpoint, so the running dispatcher leaves its deliveries alone. */
    private UUID endpoint() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO webhook_endpoint (id, url, event_types, secret, enabled, created_at, updated_at) "
                        + "VALUES (:id, 'https://example.com/hook', '*', 'whsec_x', false, :now, :now)")
                .param("id", id).param("now", Times.db(Instant.now())).update();
        return id;
    }

    private UUID delivery(UUID endpoint, UUID event, String status, Instant created) {
        UUID id = UUID.randomUUID();
        long seq = jdbc.sql("SELECT seq FROM integration_event WHERE id = :id").param("id", event)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO webhook_delivery (id, endpoint_id, event_id, event_seq, event_type, status, attempts, "
                        + "next_attempt_at, created_at) VALUES (:id, :e, :ev, :seq, 'order.created', :status, 1, "
                        + ":next, :created)")
                .param("id", id).param("e", endpoint).param("ev", event).param("seq", seq).param("status", status)
                .param("next", status.equals("PENDING") ? Times.db(Instant.now().plus(Duration.ofHours(1))) : null)
                .param("created", Times.db(created)).update();
        return id;
    }

    private boolean exists(String table, UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE id = :id").param("id", id).query(Long.class)
                .single() > 0;
    }
}
