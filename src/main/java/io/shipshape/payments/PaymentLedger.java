package io.shipshape.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.shipshape.orders.OrderId;
import io.shipshape.orders.PaymentStatus;
import io.shipshape.shared.Money;
import io.shipshape.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL of payments: the per-order payment row (locked to serialise money changes) and the ledger. */
@Repository
class PaymentLedger {

    private final JdbcClient jdbc;

    PaymentLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the order's payment row unless it exists (a concurrent creator waits for ours, then skips). */
    void createIfAbsent(OrderId orderId, String gateway, Money orderTotal, Instant now) {
        jdbc.sql("""
                INSERT INTO payments (order_id, gateway, currency, order_total_minor, authorized_minor, captured_minor,
                    refunded_minor, released_minor, status, created_at, updated_at)
                VALUES (:id, :gateway, :currency, :total, 0, 0, 0, 0, 'PENDING', :now, :now)
                ON CONFLICT DO NOTHING""")
                .param("id", orderId.value()).param("gateway", gateway)
                .param("currency", orderTotal.currencyCode()).param("total", orderTotal.amountMinor())
                .param("now", Times.db(now)).update();
    }

    /** The payment row, locked until the transaction ends: every money change of one order goes through here. */
    Optional<Payment> lock(OrderId orderId) {
        return jdbc.sql("SELECT * FROM payments WHERE order_id = :id FOR UPDATE").param("id", orderId.value())
                .query(PaymentLedger::payment).optional();
    }

    Optional<Payment> find(OrderId orderId) {
        return jdbc.sql("SELECT * FROM payments WHERE order_id = :id").param("id", orderId.value())
                .query(PaymentLedger::payment).optional();
    }

    void saveTotals(Payment p, Instant now) {
        jdbc.sql("""
                UPDATE payments SET authorized_minor = :a, captured_minor = :c, refunded_minor = :r,
                    released_minor = :v, status = :s, updated_at = :now WHERE order_id = :id""")
                .param("a", p.authorized).param("c", p.captured).param("r", p.refunded).param("v", p.released)
                .param("s", p.status.name()).param("now", Times.db(now)).param("id", p.orderId.value()).update();
    }

    /** Inserts the row unless one with the same (order, kind, request key) exists; true when inserted. */
    boolean insert(PaymentTransaction t) {
        return jdbc.sql("""
                INSERT INTO payment_transactions (id, order_id, kind, status, amount_minor, currency, gateway,
                    gateway_reference, request_key, parent_id, review, reason, detail, message, actor, answered_at,
                    created_at, updated_at)
                VALUES (:id, :orderId, :kind, :status, :amount, :currency, :gateway, :ref, :key, :parent, :review,
                    :reason, :detail, :message, :actor, :answered, :created, :updated)
                ON CONFLICT DO NOTHING""")
                .param("id", t.id()).param("orderId", t.orderId().value()).param("kind", t.kind().name())
                .param("status", t.status().name()).param("amount", t.amount().amountMinor())
                .param("currency", t.amount().currencyCode()).param("gateway", t.gateway())
                .param("ref", t.gatewayReference()).param("key", t.requestKey()).param("parent", t.parentId())
                .param("review", t.review()).param("reason", t.reason()).param("detail", t.detail())
                .param("message", t.message()).param("actor", t.actor()).param("answered", Times.db(t.answeredAt()))
                .param("created", Times.db(t.createdAt())).param("updated", Times.db(t.updatedAt()))
                .update() == 1;
    }

    /** Records an answer only if the row is still open, so two recorders of one answer count it once. */
    boolean answer(PaymentTransaction t) {
        return jdbc.sql("""
                UPDATE payment_transactions SET status = :status, gateway_reference = :ref, review = :review,
                    message = :message, answered_at = :answered, updated_at = :updated
                WHERE id = :id AND status IN ('PENDING', 'UNKNOWN')""")
                .param("status", t.status().name()).param("ref", t.gatewayReference()).param("review", t.review())
                .param("message", t.message()).param("answered", Times.db(t.answeredAt()))
                .param("updated", Times.db(t.updatedAt())).param("id", t.id()).update() == 1;
    }

    Optional<PaymentTransaction> byId(UUID id) {
        return jdbc.sql("SELECT * FROM payment_transactions WHERE id = :id").param("id", id)
                .query(PaymentLedger::transaction).optional();
    }

    Optional<PaymentTransaction> byKey(OrderId orderId, TransactionKind kind, String requestKey) {
        return jdbc.sql("SELECT * FROM payment_transactions WHERE order_id = :o AND kind = :k AND request_key = :key")
                .param("o", orderId.value()).param("k", kind.name()).param("key", requestKey)
                .query(PaymentLedger::transaction).optional();
    }

    /**
     * The order's current authorisation: its latest attempt (processing makes the first, under
     * {@link PaymentAuthorizer#REQUEST_KEY}; staff or the shop may try again after a decline).
     */
    Optional<PaymentTransaction> currentAuthorization(OrderId orderId) {
        return jdbc.sql("""
                SELECT * FROM payment_transactions WHERE order_id = :o AND kind = 'AUTHORIZATION'
                ORDER BY created_at DESC, id DESC LIMIT 1""")
                .param("o", orderId.value()).query(PaymentLedger::transaction).optional();
    }

    int authorizationAttempts(OrderId orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM payment_transactions WHERE order_id = :o AND kind = 'AUTHORIZATION'")
                .param("o", orderId.value()).query(Integer.class).single();
    }

    void changeGateway(OrderId orderId, String gateway) {
        jdbc.sql("UPDATE payments SET gateway = :g WHERE order_id = :id").param("g", gateway)
                .param("id", orderId.value()).update();
    }

    List<PaymentTransaction> ofOrder(OrderId orderId) {
        return jdbc.sql("SELECT * FROM payment_transactions WHERE order_id = :o ORDER BY created_at, id")
                .param("o", orderId.value()).query(PaymentLedger::transaction).list();
    }

    /** The amount of open (PENDING/UNKNOWN) rows of one kind: money in flight that limits must not promise again. */
    long openAmount(OrderId orderId, TransactionKind kind) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(amount_minor), 0) FROM payment_transactions
                WHERE order_id = :o AND kind = :k AND status IN ('PENDING', 'UNKNOWN')""")
                .param("o", orderId.value()).param("k", kind.name()).query(Long.class).single();
    }

    /** Open rows created before {@code before} that a gateway decides (not awaited manual payments), oldest first. */
    List<PaymentTransaction> open(Instant before, int limit) {
        return jdbc.sql("""
                SELECT * FROM payment_transactions WHERE status IN ('PENDING', 'UNKNOWN') AND created_at < :before
                    AND (kind <> 'AUTHORIZATION' OR gateway IS NULL OR gateway <> 'manual')
                ORDER BY created_at, id LIMIT :limit""")
                .param("before", Times.db(before)).param("limit", limit).query(PaymentLedger::transaction).list();
    }

    /**
     * Orders with nothing paid whose manual authorisation is still awaited and was claimed before {@code before},
     * oldest first, after the keyset position {@code after} (null: from the start).
     */
    List<UnpaidManual> unpaidManual(Instant before, UnpaidManual after, int limit) {
        return jdbc.sql("""
                SELECT id, order_id, created_at FROM payment_transactions WHERE kind = 'AUTHORIZATION'
                    AND gateway = 'manual' AND status = 'PENDING' AND created_at < :before
                    AND (created_at > :afterAt OR (created_at = :afterAt AND id > :afterId))
                    AND order_id IN (SELECT order_id FROM payments WHERE captured_minor = 0)
                ORDER BY created_at, id LIMIT :limit""")
                .param("before", Times.db(before)).param("limit", limit)
                .param("afterAt", Times.db(after == null ? Instant.EPOCH : after.createdAt()))
                .param("afterId", after == null ? new UUID(0, 0) : after.transactionId())
                .query((rs, n) -> new UnpaidManual(new OrderId(rs.getObject("order_id", UUID.class)),
                        rs.getObject("id", UUID.class), Times.read(rs, "created_at"))).list();
    }

    record UnpaidManual(OrderId orderId, UUID transactionId, Instant createdAt) {
    }

    /** Marks an open authorisation abandoned (the order was cancelled before it was decided). */
    boolean cancelOpen(UUID id, String message, Instant now) {
        return jdbc.sql("""
                UPDATE payment_transactions SET status = 'CANCELLED', message = :m, updated_at = :now
                WHERE id = :id AND status IN ('PENDING', 'UNKNOWN')""")
                .param("m", message).param("now", Times.db(now)).param("id", id).update() == 1;
    }

    private static Payment payment(ResultSet rs, int n) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        return new Payment(new OrderId(rs.getObject("order_id", UUID.class)), rs.getString("gateway"),
                new Money(rs.getLong("order_total_minor"), currency), rs.getLong("authorized_minor"),
                rs.getLong("captured_minor"), rs.getLong("refunded_minor"), rs.getLong("released_minor"),
                PaymentStatus.valueOf(rs.getString("status")));
    }

    private static PaymentTransaction transaction(ResultSet rs, int n) throws SQLException {
        return new PaymentTransaction(rs.getObject("id", UUID.class), new OrderId(rs.getObject("order_id", UUID.class)),
                TransactionKind.valueOf(rs.getString("kind")), TransactionStatus.valueOf(rs.getString("status")),
                new Money(rs.getLong("amount_minor"), Currency.getInstance(rs.getString("currency"))),
                rs.getString("gateway"), rs.getString("gateway_reference"), rs.getString("request_key"),
                rs.getObject("parent_id", UUID.class), rs.getBoolean("review"), rs.getString("reason"),
                rs.getString("detail"), rs.getString("message"), rs.getString("actor"), Times.read(rs, "answered_at"),
                Times.read(rs, "created_at"), Times.read(rs, "updated_at"));
    }
}
