package io.shipshape.integration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.shipshape.shared.Times;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of webhook deliveries and their attempt log. */
@Repository
class DeliveryRepository {

    /** A delivery to attempt now: where to, with which secrets, and the event's body. */
    record Work(UUID deliveryId, UUID endpointId, String url, String secret, String previousSecret,
                Instant previousSecretExpiresAt, int attempts, StoredEvent event) {
    }

    record NewDelivery(UUID id, UUID endpointId, StoredEvent event) {
    }

    private static final String COLUMNS = "id, endpoint_id, event_id, event_seq, event_type, status, attempts, "
            + "next_attempt_at, last_attempt_at, last_response_code, last_latency_ms, last_error, created_at, delivered_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DeliveryRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(List<NewDelivery> deliveries, Instant now) {
        template.batchUpdate("insert into webhook_delivery (id, endpoint_id, event_id, event_seq, event_type, status, "
                + "attempts, next_attempt_at, created_at) values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)", deliveries,
                deliveries.size(), (ps, d) -> {
                    ps.setObject(1, d.id());
                    ps.setObject(2, d.endpointId());
                    ps.setObject(3, d.event().id());
                    ps.setLong(4, d.event().seq());
                    ps.setString(5, d.event().type());
                    ps.setObject(6, Times.db(now));
                    ps.setObject(7, Times.db(now));
                });
    }

    /**
     * Claims due deliveries of enabled endpoints: the rows are locked with SKIP LOCKED (another server claiming at
     * the same moment takes others) and leased until {@code leaseUntil}, so no other server attempts them while
     * this one sends. A server that dies mid-send leaves the lease to expire; the delivery is then attempted again
     * (same {@code webhook-id}, so a receiver can drop the duplicate).
     */
    List<UUID> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<UUID> ids = jdbc.sql("select id from webhook_delivery where status = 'PENDING' and next_attempt_at <= :now "
                        + "and endpoint_id in (select id from webhook_endpoint where enabled = true) "
                        + "order by next_attempt_at limit :limit for update skip locked")
                .param("now", Times.db(now)).param("limit", limit).query(UUID.class).list();
        if (!ids.isEmpty()) {
            jdbc.sql("update webhook_delivery set next_attempt_at = :lease where id in (:ids)")
                    .param("lease", Times.db(leaseUntil)).param("ids", ids).update();
        }
        return ids;
    }

    List<Work> work(List<UUID> ids) {
        return jdbc.sql("select d.id as delivery_id, d.attempts, w.id as endpoint_id, w.url, w.secret, "
                        + "w.previous_secret, w.previous_secret_expires_at, e.id, e.seq, e.type, e.subject, e.order_id, "
                        + "e.occurred_at, e.payload from webhook_delivery d "
                        + "join webhook_endpoint w on w.id = d.endpoint_id "
                        + "join integration_event e on e.id = d.event_id where d.id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> new Work(rs.getObject("delivery_id", UUID.class),
                        rs.getObject("endpoint_id", UUID.class), rs.getString("url"), rs.getString("secret"),
                        rs.getString("previous_secret"), Times.read(rs, "previous_secret_expires_at"),
                        rs.getInt("attempts"), EventStore.row(rs, n)))
                .list();
    }

    /**
     * Records an attempt's outcome: {@code nextAttemptAt} null means no more retries ({@code status} FAILED or
     * DELIVERED). False when the delivery no longer exists (its endpoint was deleted meanwhile).
     */
    boolean recordAttempt(UUID deliveryId, int attempt, Instant at, Integer code, int latencyMs, String error,
                          String status, Instant nextAttemptAt) {
        int updated = jdbc.sql("update webhook_delivery set attempts = :attempt, status = :status, "
                        + "next_attempt_at = :next, last_attempt_at = :at, last_response_code = :code, "
                        + "last_latency_ms = :latency, last_error = :error, "
                        + "delivered_at = case when :status = 'DELIVERED' then :at else delivered_at end where id = :id")
                .param("id", deliveryId).param("attempt", attempt).param("status", status)
                .param("next", Times.db(nextAttemptAt)).param("at", Times.db(at)).param("code", code)
                .param("latency", latencyMs).param("error", error).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("insert into webhook_attempt (id, delivery_id, attempt, attempted_at, response_code, latency_ms, error) "
                        + "values (:id, :delivery, :attempt, :at, :code, :latency, :error)")
                .param("id", UUID.randomUUID()).param("delivery", deliveryId).param("attempt", attempt)
                .param("at", Times.db(at)).param("code", code).param("latency", latencyMs).param("error", error)
                .update();
        return true;
    }

    /** An endpoint's deliveries, newest event first, before {@code beforeSeq} (exclusive) when given. */
    List<DeliveryView> list(UUID endpointId, Long beforeSeq, String status, int limit) {
        String where = "endpoint_id = :endpoint" + (beforeSeq == null ? "" : " and event_seq < :before")
                + (status == null ? "" : " and status = :status");
        var spec = jdbc.sql("select " + COLUMNS + " from webhook_delivery where " + where
                + " order by event_seq desc limit :limit").param("endpoint", endpointId).param("limit", limit);
        if (beforeSeq != null) {
            spec = spec.param("before", beforeSeq);
        }
        if (status != null) {
            spec = spec.param("status", status);
        }
        return withAttempts(spec.query(DeliveryRepository::row).list());
    }

    Optional<DeliveryView> find(UUID endpointId, UUID deliveryId) {
        return jdbc.sql("select " + COLUMNS + " from webhook_delivery where id = :id and endpoint_id = :endpoint")
                .param("id", deliveryId).param("endpoint", endpointId).query(DeliveryRepository::row).optional()
                .map(d -> withAttempts(List.of(d)).get(0));
    }

    /** Queues a delivery for an attempt now (manual retry), whatever its status. */
    boolean retryNow(UUID endpointId, UUID deliveryId, Instant now) {
        return jdbc.sql("update webhook_delivery set status = 'PENDING', next_attempt_at = :now "
                        + "where id = :id and endpoint_id = :endpoint")
                .param("now", Times.db(now)).param("id", deliveryId).param("endpoint", endpointId).update() == 1;
    }

    private List<DeliveryView> withAttempts(List<DeliveryView> deliveries) {
        if (deliveries.isEmpty()) {
            return deliveries;
        }
        Map<UUID, List<DeliveryView.Attempt>> byDelivery = jdbc.sql("select delivery_id, attempt, attempted_at, "
                        + "response_code, latency_ms, error from webhook_attempt where delivery_id in (:ids) "
                        + "order by attempt")
                .param("ids", deliveries.stream().map(DeliveryView::id).toList())
                .query((rs, n) -> Map.entry(rs.getObject("delivery_id", UUID.class), new DeliveryView.Attempt(
                        rs.getInt("attempt"), Times.read(rs, "attempted_at"), nullableInt(rs, "response_code"),
                        rs.getInt("latency_ms"), rs.getString("error"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, 
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return deliveries.stream().map(d -> d.withAttempts(byDelivery.getOrDefault(d.id(), List.of()))).toList();
    }

    static DeliveryView row(ResultSet rs, int n) throws SQLException {
        return new DeliveryView(rs.getObject("id", UUID.class), rs.getObject("endpoint_id", UUID.class),
                rs.getObject("event_id", UUID.class), rs.getLong("event_seq"), rs.getString("event_type"),
                rs.getString("status"), rs.getInt("attempts"), Times.read(rs, "next_attempt_at"),
                Times.read(rs, "last_attempt_at"), nullableInt(rs, "last_response_code"),
                nullableInt(rs, "last_latency_ms"), rs.getString("last_error"), Times.read(rs, "created_at"),
                Times.read(rs, "delivered_at"), List.of());
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
