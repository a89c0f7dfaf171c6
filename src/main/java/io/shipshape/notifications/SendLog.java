package io.shipshape.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.shipshape.orders.OrderId;
import io.shipshape.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The send log ({@code notification_sends}). {@link #claim} is the "at most once" gate: the row is inserted, and
 * committed, before the message is handed to the mail server, under a unique key per event; whoever inserts it
 * sends, everyone else (a redelivered event, a second server) finds it there and does nothing.
 */
@Repository
class SendLog {

    /**
     * A claimed email with its composed content, as sending and retrying need it; {@code orderId} and
     * {@code orderNumber} are null for an email about no order.
     */
    record Row(UUID id, String dedupKey, OrderId orderId, String orderNumber, NotificationType type,
               String recipient, String subject, String html, String text, int attempts) {
    }

    private final JdbcClient jdbc;

    SendLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the row with this status unless its key exists; true when this call inserted it. */
    boolean claim(Row row, String status, Instant now) {
        return jdbc.sql("""
                INSERT INTO notification_sends (id, dedup_key, order_id, order_number, type, recipient, subject,
                    html_body, text_body, status, attempts, created_at, updated_at)
                VALUES (:id, :key, :order, :number, :type, :to, :subject, :html, :text, :status, :attempts, :now, :now)
                ON CONFLICT DO NOTHING""")
                .param("id", row.id()).param("key", row.dedupKey()).param("order", uuid(row.orderId()))
                .param("number", row.orderNumber()).param("type", row.type().name()).param("to", row.recipient())
                .param("subject", row.subject()).param("html", row.html()).param("text", row.text())
                .param("status", status).param("attempts", row.attempts()).param("now", Times.db(now))
                .update() == 1;
    }

    void delivered(UUID id, String status, String outboxFile, Instant now) {
        jdbc.sql("""
                UPDATE notification_sends SET status = :status, outbox_file = :file, next_attempt_at = NULL,
                    last_error = NULL, updated_at = :now WHERE id = :id""")
                .param("status", status).param("file", outboxFile).param("now", Times.db(now)).param("id", id)
                .update();
    }

    /** Records a failed attempt: FAILED with the next attempt's time, or GAVE_UP when {@code next} is null. */
    void failed(UUID id, String error, Instant next, Instant now) {
        jdbc.sql("""
                UPDATE notification_sends SET status = :status, last_error = :error, next_attempt_at = :next,
                    updated_at = :now WHERE id = :id""")
                .param("status", next == null ? "GAVE_UP" : "FAILED").param("error", error)
                .param("next", Times.db(next)).param("now", Times.db(now)).param("id", id).update();
    }

    /** Failed sends whose next attempt is due, oldest first. */
    List<UUID> due(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM notification_sends WHERE status = 'FAILED' AND next_attempt_at <= :now
                ORDER BY next_attempt_at, id LIMIT :limit""")
                .param("now", Times.db(now)).param("limit", limit).query(UUID.class).list();
    }

    /**
     * Takes a due failed send for one more attempt (status back to SENDING, attempts + 1). A conditional update, so
     * of two retry jobs (two servers) exactly one gets it; empty for the other.
     */
    Optional<Row> takeForRetry(UUID id, Instant now) {
        int taken = jdbc.sql("""
                UPDATE notification_sends SET status = 'SENDING', attempts = attempts + 1, updated_at = :now
                WHERE id = :id AND status = 'FAILED' AND next_attempt_at <= :now""")
                .param("id", id).param("now", Times.db(now)).update();
        if (taken == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM notification_sends WHERE id = :id").param("id", id)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("dedup_key"),
                        orderId(rs), rs.getString("order_number"),
                        NotificationType.valueOf(rs.getString("type")), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("html_body"), rs.getString("text_body"),
                        rs.getInt("attempts")))
                .optional();
    }

    List<SendRecord> recent(int limit) {
        return jdbc.sql("SELECT * FROM notification_sends ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("limit", limit).query(SendLog::record).list();
    }

    List<SendRecord> ofOrder(OrderId orderId) {
        return jdbc.sql("SELECT * FROM notification_sends WHERE order_id = :o ORDER BY created_at, id")
                .param("o", orderId.value()).query(SendLog::record).list();
    }

    private static SendRecord record(ResultSet rs, int row) throws SQLException {
        return new SendRecord(rs.getObject("id", UUID.class), orderId(rs),
                rs.getString("order_number"), NotificationType.valueOf(rs.getString("type")),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("status"), rs.getInt("attempts"),
                Times.read(rs, "next_attempt_at"), rs.getString("last_error"), rs.getString("outbox_file"),
                Times.read(rs, "created_at"), Times.read(rs, "updated_at"));
    }

    private static UUID uuid(OrderId id) {
        return id == null ? null : id.value();
    }

    private static OrderId orderId(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("order_id", UUID.class);
        return id == null ? null : new OrderId(id);
    }
}
