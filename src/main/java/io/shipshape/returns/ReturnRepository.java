package io.shipshape.returns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.shipshape.orders.OrderId;
import io.shipshape.shared.Cursor;
import io.shipshape.shared.Money;
import io.shipshape.shared.Times;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL of returns: {@code returns}, {@code return_lines} and {@code return_receipts}. */
@Repository
class ReturnRepository {

    private static final String SELECT = "SELECT id, number, order_id, order_number, status, resolution, currency,"
            + " requested_by, by_customer, decided_by, rejection_reason, refund_minor, refund_shipping_minor,"
            + " refunded_by, refund_note, refunded_at, exchange_order_id, created_at, updated_at FROM returns";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ReturnRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Locks the order's row in {@code return_order_locks} (created on first use, by a statement that never fails
     * the transaction) until the transaction ends: concurrent requests for one order run one after the other.
     */
    void lockOrder(OrderId orderId) {
        jdbc.sql("INSERT INTO return_order_locks (order_id) VALUES (:id) ON CONFLICT DO NOTHING")
                .param("id", orderId.value()).update();
        jdbc.sql("SELECT order_id FROM return_order_locks WHERE order_id = :id FOR UPDATE")
                .param("id", orderId.value()).query(UUID.class).single();
    }

    long nextNumber() {
        return jdbc.sql("SELECT NEXTVAL('return_number_seq')").query(Long.class).single();
    }

    void insert(ReturnView r, Currency currency) {
        jdbc.sql("""
                INSERT INTO returns (id, number, order_id, order_number, status, resolution, currency, requested_by,
                                     by_customer, created_at, updated_at)
                VALUES (:id, :number, :orderId, :orderNumber, :status, :resolution, :currency, :requestedBy,
                        :byCustomer, :at, :at)""")
                .param("id", r.id().value()).param("number", r.number()).param("orderId", r.orderId().value())
                .param("orderNumber", r.orderNumber()).param("status", r.status().name())
                .param("resolution", r.resolution().name()).param("currency", currency.getCurrencyCode())
                .param("requestedBy", r.requestedBy()).param("byCustomer", r.byCustomer())
                .param("at", Times.db(r.createdAt()))
                .update();
        template.batchUpdate("""
                INSERT INTO return_lines (return_id, line_no, sku, name, quantity, reason, unit_value_minor,
                                          received_resellable, received_damaged)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)""", r.lines(), r.lines().size(), (ps, l) -> {
            ps.setObject(1, r.id().value());
            ps.setInt(2, l.lineNo());
            ps.setString(3, l.sku());
            ps.setString(4, l.name());
            ps.setInt(5, l.quantity());
            ps.setString(6, l.reason());
            ps.setLong(7, l.unitValue().amountMinor());
        });
    }

    /** The return, its row locked until the transaction ends: receipts, refunds and decisions are serialised. */
    Optional<ReturnView> lock(ReturnId id) {
        boolean exists = jdbc.sql("SELECT 1 FROM returns WHERE id = :id FOR UPDATE").param("id", id.value())
                .query(Integer.class).optional().isPresent();
        return exists ? find(id) : Optional.empty();
    }

    Optional<ReturnView> find(ReturnId id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id.value()).query(this::map).optional()
                .map(this::complete);
    }

    /** Distinct orders with a return requested in [from, to) (a range over returns_created_idx). */
    long ordersWithReturns(Instant from, Instant to) {
        return jdbc.sql("SELECT COUNT(DISTINCT order_id) FROM returns WHERE created_at >= :from AND created_at < :to")
                .param("from", Times.db(from)).param("to", Times.db(to)).query(Long.class).single();
    }

    List<ReturnView> byOrder(OrderId orderId) {
        return jdbc.sql(SELECT + " WHERE order_id = :id ORDER BY created_at, id").param("id", orderId.value())
                .query(this::map).list().stream().map(this::complete).toList();
    }

    /** One page newest first (keyset on created_at, id), with lines (one query for the page's lines). */
    List<ReturnView> list(ReturnStatus status, OrderId orderId, Cursor.TimeAndId after, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        if (status != null) {
            sql.append(" AND status = :status");
        }
        if (orderId != null) {
            sql.append(" AND order_id = :orderId");
        }
        if (after != null) {
            sql.append(" AND (created_at < :t OR (created_at = :t AND id < :afterId))");
        }
        var spec = jdbc.sql(sql.append(" ORDER BY created_at DESC, id DESC LIMIT :limit").toString())
                .param("limit", limit);
        if (status != null) {
            spec = spec.param("status", status.name());
        }
        if (orderId != null) {
            spec = spec.param("orderId", orderId.value());
        }
        if (after != null) {
            spec = spec.param("t", Times.db(after.time())).param("afterId", after.id());
        }
        List<ReturnView> rows = spec.query(this::map).list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<ReturnView.Line>> lines = new HashMap<>();
        jdbc.sql("SELECT r.currency, l.* FROM return_lines l JOIN returns r ON r.id = l.return_id"
                        + " WHERE l.return_id IN (:ids) ORDER BY l.line_no")
                .param("ids", rows.stream().map(r -> r.id().value()).toList())
                .query((rs, n) -> lines.computeIfAbsent(rs.getObject("return_id", UUID.class), k -> new ArrayList<>())
                        .add(mapLine(rs)))
                .list();
        return rows.stream().map(r -> with(r, lines.getOrDefault(r.id().value(), List.of()), List.of())).toList();
    }

    void updateStatus(ReturnId id, ReturnStatus status, String decidedBy, String rejectionReason, Instant at) {
        jdbc.sql("UPDATE returns SET status = :status, decided_by = COALESCE(:decidedBy, decided_by),"
                        + " rejection_reason = COALESCE(:reason, rejection_reason), updated_at = :at WHERE id = :id")
                .param("id", id.value()).param("status", status.name()).param("decidedBy", decidedBy)
                .param("reason", rejectionReason).param("at", Times.db(at))
                .update();
    }

    void addReceived(ReturnId id, int lineNo, int resellable, int damaged) {
        jdbc.sql("UPDATE return_lines SET received_resellable = received_resellable + :r,"
                        + " received_damaged = received_damaged + :d WHERE return_id = :id AND line_no = :lineNo")
                .param("r", resellable).param("d", damaged).param("id", id.value()).param("lineNo", lineNo)
                .update();
    }

    void insertReceipts(ReturnId id, List<ReturnView.Receipt> receipts) {
        template.batchUpdate("""
                INSERT INTO return_receipts (id, return_id, location_code, sku, quantity, condition_code, actor,
                                             created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", receipts, receipts.size(), (ps, r) -> {
            ps.setObject(1, r.id());
            ps.setObject(2, id.value());
            ps.setString(3, r.location());
            ps.setString(4, r.sku());
            ps.setInt(5, r.quantity());
            ps.setString(6, r.condition().name());
            ps.setString(7, r.actor());
            ps.setObject(8, Times.db(r.at()), Types.TIMESTAMP_WITH_TIMEZONE);
        });
    }

    void recordRefund(ReturnId id, ReturnView.Refund refund) {
        jdbc.sql("UPDATE returns SET refund_minor = :amount, refund_shipping_minor = :shipping, refunded_by = :by,"
                        + " refund_note = :note, refunded_at = :at, updated_at = :at WHERE id = :id")
                .param("id", id.value()).param("amount", refund.amount().amountMinor())
                .param("shipping", refund.shipping().amountMinor()).param("by", refund.by())
                .param("note", refund.note()).param("at", Times.db(refund.at()))
                .update();
    }

    void recordExchange(ReturnId id, OrderId replacement, Instant at) {
        jdbc.sql("UPDATE returns SET exchange_order_id = :orderId, updated_at = :at WHERE id = :id")
                .param("id", id.value()).param("orderId", replacement.value()).param("at", Times.db(at))
                .update();
    }

    /** Units per SKU that returns of the order (other than rejected ones) hold. */
    Map<String, Integer> returnedBySku(OrderId orderId) {
        Map<String, Integer> bySku = new HashMap<>();
        jdbc.sql("SELECT l.sku, SUM(l.quantity) AS q FROM return_lines l JOIN returns r ON r.id = l.return_id"
                        + " WHERE r.order_id = :id AND r.status <> 'REJECTED' GROUP BY l.sku")
                .param("id", orderId.value())
                .query((rs, n) -> bySku.put(rs.getString("sku"), rs.getInt("q"))).list();
        return bySku;
    }

    /** True when a return of the order already refunded its shipping. */
    boolean shippingRefunded(OrderId orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM returns WHERE order_id = :id AND refund_shipping_minor > 0")
                .param("id", orderId.value()).query(Long.class).single() > 0;
    }

    private ReturnView complete(ReturnView r) {
        List<ReturnView.Line> lines = jdbc.sql("SELECT r.currency, l.* FROM return_lines l JOIN returns r"
                        + " ON r.id = l.return_id WHERE l.return_id = :id ORDER BY l.line_no")
                .param("id", r.id().value()).query((rs, n) -> mapLine(rs)).list();
        List<ReturnView.Receipt> receipts = jdbc.sql("SELECT id, location_code, sku, quantity, condition_code, actor,"
                        + " created_at FROM return_receipts WHERE return_id = :id ORDER BY created_at, id")
                .param("id", r.id().value())
                .query((rs, n) -> new ReturnView.Receipt(rs.getObject("id", UUID.class), rs.getString("location_code"),
                        rs.getString("sku"), rs.getInt("quantity"), ItemCondition.valueOf(rs.getString("condition_code")),
                        rs.getString("actor"), Times.read(rs, "created_at")))
                .list();
        return with(r, lines, receipts);
    }

    private static ReturnView with(ReturnView r, List<ReturnView.Line> lines, List<ReturnView.Receipt> receipts) {
        return new ReturnView(r.id(), r.number(), r.orderId(), r.orderNumber(), r.status(), r.resolution(),
                r.requestedBy(), r.byCustomer(), r.decidedBy(), r.rejectionReason(), List.copyOf(lines),
                List.copyOf(receipts), r.refund(), r.exchangeOrderId(), r.createdAt(), r.updatedAt());
    }

    private static ReturnView.Line mapLine(ResultSet rs) throws SQLException {
        return new ReturnView.Line(rs.getInt("line_no"), rs.getString("sku"), rs.getString("name"),
                rs.getInt("quantity"), rs.getString("reason"),
                new Money(rs.getLong("unit_value_minor"), Currency.getInstance(rs.getString("currency"))),
                rs.getInt("received_resellable"), rs.getInt("received_damaged"));
    }

    private ReturnView map(ResultSet rs, int row) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        long refund = rs.getLong("refund_minor");
        ReturnView.Refund refunded = rs.wasNull() ? null : new ReturnView.Refund(new Money(refund, currency),
                new Money(rs.getLong("refund_shipping_minor"), currency), rs.getString("refunded_by"),
                rs.getString("refund_note"), Times.read(rs, "refunded_at"));
        UUID exchange = rs.getObject("exchange_order_id", UUID.class);
        return new ReturnView(new ReturnId(rs.getObject("id", UUID.class)), rs.getString("number"),
                new OrderId(rs.getObject("order_id", UUID.class)), rs.getString("order_number"),
                ReturnStatus.valueOf(rs.getString("status")), ReturnResolution.valueOf(rs.getString("resolution")),
                rs.getString("requested_by"), rs.getBoolean("by_customer"), rs.getString("decided_by"),
                rs.getString("rejection_reason"), List.of(), List.of(), refunded,
                exchange == null ? null : new OrderId(exchange), Times.read(rs, "created_at"),
                Times.read(rs, "updated_at"));
    }
}
