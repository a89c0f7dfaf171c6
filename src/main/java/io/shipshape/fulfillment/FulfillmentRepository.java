package io.shipshape.fulfillment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.shipshape.orders.OrderId;
import io.shipshape.shared.Money;
import io.shipshape.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for fulfillment orders, their lines, release claims and packing mismatches. */
@Repository
class FulfillmentRepository {

    /** A row to insert. */
    record NewFulfillment(UUID id, OrderId orderId, String orderNumber, String location, FulfillmentKind kind,
                          UUID parentId, int priority, List<FulfillmentView.Line> lines, Instant at) {
    }

    /** List filters; each may be null. {@code after}: the sort key of the previous page's last row. */
    record Filter(UUID orderId, String location, FulfillmentOrderStatus status, Instant createdBefore,
                  Integer maxPriority, String carrier, String trackingNumber, Key after) {
        Filter(UUID orderId, String location, FulfillmentOrderStatus status, Instant createdBefore) {
            this(orderId, location, status, createdBefore, null, null, null, null);
        }
    }

    /** The queue's sort key: priority, then created_at, then id (all ascending). */
    record Key(int priority, Instant createdAt, UUID id) {
    }

    private final JdbcClient jdbc;

    FulfillmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the release of an order once: false when a (redelivered) release was already handled. */
    boolean claimRelease(OrderId orderId, Instant now) {
        return jdbc.sql("INSERT INTO fulfillment_releases (order_id, created_at) VALUES (:id, :now) ON CONFLICT DO NOTHING")
                .param("id", orderId.value()).param("now", Times.db(now)).update() == 1;
    }

    void insert(NewFulfillment f) {
        jdbc.sql("""
                INSERT INTO fulfillment_orders (id, order_id, order_number, location_code, kind, status, parent_id,
                                                priority, created_at, updated_at)
                VALUES (:id, :order, :number, :loc, :kind, 'OPEN', :parent, :priority, :now, :now)""")
                .param("id", f.id()).param("order", f.orderId().value()).param("number", f.orderNumber())
                .param("loc", f.location()).param("kind", f.kind().name()).param("parent", f.parentId())
                .param("priority", f.priority()).param("now", Times.db(f.at())).update();
        for (FulfillmentView.Line l : f.lines()) {
            jdbc.sql("INSERT INTO fulfillment_lines (fulfillment_id, line_no, sku, quantity, packed) VALUES (:id, :no, :sku, :q, :p)")
                    .param("id", f.id()).param("no", l.lineNo()).param("sku", l.sku()).param("q", l.quantity())
                    .param("p", l.packed()).update();
        }
    }

    Optional<FulfillmentView> find(UUID id) {
        return list(" WHERE f.id = :id", Map.of("id", id), 1).stream().findFirst();
    }

    /**
     * The fulfillment order locked for this transaction: every state change starts here, so two clerks acting
     * on the same fulfillment run one after the other and the second sees the first one's result.
     */
    Optional<FulfillmentView> lock(UUID id) {
        boolean exists = jdbc.sql("SELECT 1 FROM fulfillment_orders WHERE id = :id FOR UPDATE").param("id", id)
                .query(Integer.class).optional().isPresent();
        return exists ? find(id) : Optional.empty();
    }

    boolean released(OrderId orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM fulfillment_releases WHERE order_id = :id").param("id", orderId.value())
                .query(Integer.class).single() > 0;
    }

    /** Locks the order's fulfillment orders (in id order, so concurrent lockers cannot deadlock). */
    void lockOrder(OrderId orderId) {
        jdbc.sql("SELECT id FROM fulfillment_orders WHERE order_id = :o ORDER BY id FOR UPDATE")
                .param("o", orderId.value()).query(UUID.class).list();
    }

    List<FulfillmentView> byOrder(OrderId orderId) {
        return list(" WHERE f.order_id = :order ORDER BY f.created_at, f.id", Map.of("order", orderId.value()), 500);
    }

    List<FulfillmentView> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list(" WHERE f.id IN (:ids) ORDER BY f.created_at, f.id", Map.of("ids", ids), 1000);
    }

    /** Oldest first: the queue is worked in arrival order, higher priority (lower number) first. */
    List<FulfillmentView> list(Filter filter, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.orderId() != null) {
            where.append(" AND f.order_id = :order");
            params.put("order", filter.orderId());
        }
        if (filter.location() != null) {
            where.append(" AND f.location_code = :loc");
            params.put("loc", filter.location());
        }
        if (filter.status() != null) {
            where.append(" AND f.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.createdBefore() != null) {
            where.append(" AND f.created_at < :before");
            params.put("before", Times.db(filter.createdBefore()));
        }
        if (filter.maxPriority() != null) {
            where.append(" AND f.priority <= :maxPriority");
            params.put("maxPriority", filter.maxPriority());
        }
        if (filter.carrier() != null) {
            where.append(" AND f.carrier = :carrier");
            params.put("carrier", filter.carrier());
        }
        if (filter.trackingNumber() != null) {
            where.append(" AND f.tracking_number = :tn");
            params.put("tn", filter.trackingNumber());
        }
        if (filter.after() != null) {
            where.append(" AND (f.priority > :kp OR (f.priority = :kp AND (f.created_at > :kt"
                    + " OR (f.created_at = :kt AND f.id > :kid))))");
            params.put("kp", filter.after().priority());
            params.put("kt", Times.db(filter.after().createdAt()));
            params.put("kid", filter.after().id());
        }
        return list(where + " ORDER BY f.priority, f.created_at, f.id", params, limit);
    }

    /** Fulfillment orders shipped with this carrier and tracking number (usually one), oldest first. */
    List<FulfillmentView> byTracking(String carrier, String trackingNumber) {
        return list(" WHERE f.tracking_number = :tn AND f.carrier = :carrier ORDER BY f.created_at, f.id",
                Map.of("tn", trackingNumber, "carrier", carrier), 100);
    }

    /** Stores the shipping label (once: a second one for the same fulfillment order is ignored). */
    void storeLabel(UUID id, byte[] pdf, Instant now) {
        jdbc.sql("""
                INSERT INTO fulfillment_labels (fulfillment_id, document, created_at) VALUES (:id, :doc, :now)
                ON CONFLICT DO NOTHING""")
                .param("id", id).param("doc", pdf).param("now", Times.db(now)).update();
    }

    Optional<byte[]> label(UUID id) {
        return jdbc.sql("SELECT document FROM fulfillment_labels WHERE fulfillment_id = :id").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    void setStatus(UUID id, FulfillmentOrderStatus status, Instant now) {
        jdbc.sql("UPDATE fulfillment_orders SET status = :s, updated_at = :now WHERE id = :id")
                .param("s", status.name()).param("now", Times.db(now)).param("id", id).update();
    }

    void setPacked(UUID id, int lineNo, int packed) {
        jdbc.sql("UPDATE fulfillment_lines SET packed = :p WHERE fulfillment_id = :id AND line_no = :no")
                .param("p", packed).param("id", id).param("no", lineNo).update();
    }

    /** Cuts a line down to what is shipped (the rest moved to another fulfillment order); 0 deletes it. */
    void setQuantity(UUID id, int lineNo, int quantity) {
        if (quantity == 0) {
            jdbc.sql("DELETE FROM fulfillment_lines WHERE fulfillment_id = :id AND line_no = :no").param("id", id)
                    .param("no", lineNo).update();
        } else {
            jdbc.sql("UPDATE fulfillment_lines SET quantity = :q, packed = LEAST(packed, :q) WHERE fulfillment_id = :id AND line_no = :no")
                    .param("q", quantity).param("id", id).param("no", lineNo).update();
        }
    }

    void shipped(UUID id, FulfillmentOrderStatus status, String carrier, String service, String trackingNumber,
                 String trackingUrl, Integer weightGrams, Money cost, long capturedMinor, Instant now) {
        jdbc.sql("""
                UPDATE fulfillment_orders SET status = :s, carrier = :carrier, service = :service, tracking_number = :tn,
                       tracking_url = :url, weight_grams = :w, cost_minor = :cost, cost_currency = :cur,
                       captured_minor = :captured, shipped_at = :now, updated_at = :now,
                       delivered_at = :delivered
                WHERE id = :id""")
                .param("s", status.name()).param("carrier", carrier).param("service", service).param("tn", trackingNumber)
                .param("url", trackingUrl).param("w", weightGrams)
                .param("cost", cost == null ? null : cost.amountMinor())
                .param("cur", cost == null ? null : cost.currencyCode()).param("captured", capturedMinor)
                .param("now", Times.db(now))
                .param("delivered", status == FulfillmentOrderStatus.DELIVERED ? Times.db(now) : null)
                .param("id", id).update();
    }

    void delivered(UUID id, Instant now) {
        jdbc.sql("UPDATE fulfillment_orders SET status = 'DELIVERED', delivered_at = :now, updated_at = :now WHERE id = :id")
                .param("now", Times.db(now)).param("id", id).update();
    }

    /** What this module has asked payments to capture for the order so far (minor units). */
    long capturedFor(OrderId orderId) {
        return jdbc.sql("SELECT COALESCE(SUM(captured_minor), 0) FROM fulfillment_orders WHERE order_id = :o")
                .param("o", orderId.value()).query(Long.class).single();
    }

    /** Distinct orders with a fulfillment order shipped (or handed over) in [from, to). */
    long ordersShipped(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT COUNT(DISTINCT order_id) FROM fulfillment_orders
                WHERE shipped_at >= :from AND shipped_at < :to""")
                .param("from", Times.db(from)).param("to", Times.db(to)).query(Long.class).single();
    }

    /** Fulfillment orders shipped in [from, to), and how many of them have a mismatch recorded. */
    long[] accuracy(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT COUNT(*) AS shipped,
                       COUNT(CASE WHEN EXISTS (SELECT 1 FROM fulfillment_mismatches m WHERE m.fulfillment_id = f.id)
                                  THEN 1 END) AS wrong
                FROM fulfillment_orders f WHERE f.shipped_at >= :from AND f.shipped_at < :to""")
                .param("from", Times.db(from)).param("to", Times.db(to))
                .query((rs, n) -> new long[] {rs.getLong("shipped"), rs.getLong("wrong")}).single();
    }

    void insertMismatch(UUID id, UUID fulfillmentId, String kind, String sku, String scanned, Integer expected,
                        Integer actual, String actor, Instant now) {
        jdbc.sql("""
                INSERT INTO fulfillment_mismatches (id, fulfillment_id, kind, sku, scanned, expected, actual, actor, created_at)
                VALUES (:id, :f, :kind, :sku, :scanned, :expected, :actual, :actor, :now)""")
                .param("id", id).param("f", fulfillmentId).param("kind", kind).param("sku", sku)
                .param("scanned", scanned).param("expected", expected).param("actual", actual).param("actor", actor)
                .param("now", Times.db(now)).update();
    }

    private List<FulfillmentView> list(String where, Map<String, ?> params, int limit) {
        List<Head> heads = jdbc.sql("""
                SELECT f.*, (SELECT COUNT(*) FROM fulfillment_mismatches m WHERE m.fulfillment_id = f.id) AS mismatches
                FROM fulfillment_orders f""" + where + " LIMIT " + limit)
                .params(params).query(FulfillmentRepository::head).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<FulfillmentView.Line>> lines = new HashMap<>();
        jdbc.sql("SELECT fulfillment_id, line_no, sku, quantity, packed FROM fulfillment_lines WHERE fulfillment_id IN (:ids) ORDER BY line_no")
                .param("ids", heads.stream().map(h -> h.id).toList())
                .query(rs -> {
                    lines.computeIfAbsent(rs.getObject("fulfillment_id", UUID.class), k -> new ArrayList<>())
                            .add(new FulfillmentView.Line(rs.getInt("line_no"), rs.getString("sku"),
                                    rs.getInt("quantity"), rs.getInt("packed")));
                });
        return heads.stream().map(h -> h.view(lines.getOrDefault(h.id, List.of()))).toList();
    }

    private record Head(UUID id, OrderId orderId, String number, String location, FulfillmentKind kind,
                        FulfillmentOrderStatus status, String carrier, String service, String trackingNumber,
                        String trackingUrl, Integer weight, Money cost, UUID parentId, int priority, int mismatches,
                        Instant createdAt, Instant updatedAt, Instant shippedAt, Instant deliveredAt) {
        FulfillmentView view(List<FulfillmentView.Line> lines) {
            return new FulfillmentView(new FulfillmentId(id), orderId, number, location, kind, status, List.copyOf(lines),
                    carrier, service, trackingNumber, trackingUrl, weight, cost,
                    parentId == null ? null : new FulfillmentId(parentId), priority, mismatches, createdAt, updatedAt,
                    shippedAt, deliveredAt);
        }
    }

    private static Head head(ResultSet rs, int n) throws SQLException {
        Long cost = rs.getObject("cost_minor", Long.class);
        return new Head(rs.getObject("id", UUID.class), new OrderId(rs.getObject("order_id", UUID.class)),
                rs.getString("order_number"), rs.getString("location_code"), FulfillmentKind.valueOf(rs.getString("kind")),
                FulfillmentOrderStatus.valueOf(rs.getString("status")), rs.getString("carrier"), rs.getString("service"),
                rs.getString("tracking_number"), rs.getString("tracking_url"), rs.getObject("weight_grams", Integer.class),
                cost == null ? null : Money.of(cost, rs.getString("cost_currency")),
                rs.getObject("parent_id", UUID.class), rs.getInt("priority"), rs.getInt("mismatches"),
                Times.read(rs, "created_at"), Times.read(rs, "updated_at"), Times.read(rs, "shipped_at"),
                Times.read(rs, "delivered_at"));
    }
}
