package io.shipshape.orders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import io.shipshape.customers.CustomerId;
import io.shipshape.shared.Money;
import io.shipshape.shared.Times;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the order lifecycle: the order row read under a lock ({@code FOR UPDATE}, so status changes of one order
 * run one at a time on every server), and saving what an {@link OrderState} collected in a few statements: one
 * update of the row, one batch of history rows, the holds and the timeline.
 */
@Repository
class OrderStatusRepository {

    private static final String LOCKED = """
            SELECT id, number, status, processing_stage, payment_status, fulfillment_status, priority, tags, channel,
                   customer_id, customer_email, currency, total_minor, shipping_method, location_code, ship_line1,
                   ship_city, ship_postal_code, ship_country, bill_country, created_at
            FROM orders WHERE id = :id FOR UPDATE""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final OrderRepository orders;

    OrderStatusRepository(JdbcClient jdbc, JdbcTemplate template, OrderRepository orders) {
        this.jdbc = jdbc;
        this.template = template;
        this.orders = orders;
    }

    /** The order, locked until the transaction ends; empty when it does not exist. */
    Optional<OrderState> lock(OrderId id, Instant now, Supplier<UUID> ids) {
        return jdbc.sql(LOCKED).param("id", id.value()).query((rs, n) -> map(rs, now, ids)).optional();
    }

    void save(OrderState s) {
        if (!s.changed() && s.timeline().isEmpty()) {
            return;
        }
        jdbc.sql("""
                UPDATE orders SET status = :status, processing_stage = :stage, payment_status = :payment,
                    fulfillment_status = :fulfillment, priority = :priority, tags = :tags,
                    held_at = CASE WHEN :onHold THEN COALESCE(held_at, :now) ELSE NULL END,
                    updated_at = :now, version = version + 1
                WHERE id = :id""")
                .param("status", s.status().name()).param("stage", s.stage().name())
                .param("payment", s.paymentStatus().name()).param("fulfillment", s.fulfillmentStatus().name())
                .param("onHold", s.status() == OrderStatus.ON_HOLD).param("priority", s.priority()).param("tags", s.tags().isEmpty() ? null : String.join(",", s.tags()))
                .param("now", Times.db(s.now())).param("id", s.id().value()).update();
        if (!s.transitions().isEmpty()) {
            template.batchUpdate("""
                    INSERT INTO order_status_history (id, order_id, from_status, to_status, at, actor, reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", s.transitions(), s.transitions().size(), (ps, t) -> {
                ps.setObject(1, t.id());
                ps.setObject(2, s.id().value());
                ps.setString(3, t.from().name());
                ps.setString(4, t.to().name());
                ps.setObject(5, Times.db(t.at()), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setString(6, t.actor());
                ps.setString(7, t.reason());
            });
        }
        if (s.holdsCleared()) {
            jdbc.sql("DELETE FROM order_holds WHERE order_id = :id").param("id", s.id().value()).update();
        }
        if (!s.newHolds().isEmpty()) {
            template.batchUpdate("INSERT INTO order_holds (id, order_id, reason, rule, created_at) VALUES (?, ?, ?, ?, ?)",
                    s.newHolds(), s.newHolds().size(), (ps, h) -> {
                        ps.setObject(1, UUID.randomUUID());
                        ps.setObject(2, s.id().value());
                        ps.setString(3, h.reason());
                        ps.setString(4, h.rule());
                        ps.setObject(5, Times.db(s.now()), Types.TIMESTAMP_WITH_TIMEZONE);
                    });
        }
        if (!s.timeline().isEmpty()) {
            orders.insertTimeline(s.id(), s.timeline());
        }
    }

    List<OrderState.Hold> holds(OrderId id) {
        return jdbc.sql("SELECT reason, rule FROM order_holds WHERE order_id = :id ORDER BY created_at, id")
                .param("id", id.value()).query((rs, n) -> new OrderState.Hold(rs.getString(1), rs.getString(2)))
                .list();
    }

    int priority(OrderId id) {
        return jdbc.sql("SELECT priority FROM orders WHERE id = :id").param("id", id.value()).query(Integer.class)
                .optional().orElse(0);
    }

    List<OrderHistoryEntry> history(OrderId id) {
        return jdbc.sql("""
                SELECT from_status, to_status, at, actor, reason FROM order_status_history
                WHERE order_id = :id ORDER BY at, id""").param("id", id.value())
                .query((rs, n) -> new OrderHistoryEntry(OrderStatus.valueOf(rs.getString(1)),
                        OrderStatus.valueOf(rs.getString(2)), Times.read(rs, "at"), rs.getString(4), rs.getString(5)))
                .list();
    }

    /**
     * Shipped or delivered orders whose status has not changed since {@code unchangedSince}, after {@code after}
     * in id order (null: from the start): candidates for COMPLETED once their return window has closed.
     */
    List<OrderId> shippedUnchangedSince(Instant unchangedSince, OrderId after, int limit) {
        return jdbc.sql("""
                SELECT o.id FROM orders o WHERE o.status IN ('SHIPPED', 'DELIVERED') AND o.created_at < :since
                    AND o.id > :after AND NOT EXISTS (SELECT 1 FROM order_status_history h
                        WHERE h.order_id = o.id AND h.at >= :since)
                ORDER BY o.id LIMIT :limit""")
                .param("since", Times.db(unchangedSince)).param("limit", limit)
                .param("after", after == null ? new UUID(0, 0) : after.value())
                .query((rs, n) -> new OrderId(rs.getObject("id", UUID.class))).list();
    }

    /** Held orders, oldest first, with their holds (two queries: the orders, then the holds of all of them). */
    List<HeldOrder> held(int limit) {
        List<HeldOrder> heads = jdbc.sql("""
                SELECT id, number, customer_email, currency, total_minor, created_at, held_at FROM orders
                WHERE status = 'ON_HOLD' ORDER BY created_at, id LIMIT :limit""").param("limit", limit)
                .query((rs, n) -> new HeldOrder(new OrderId(rs.getObject("id", UUID.class)), rs.getString("number"),
                        rs.getString("customer_email"), Money.of(rs.getLong("total_minor"), rs.getString("currency")),
                        Times.read(rs, "created_at"), Times.read(rs, "held_at"), new java.util.ArrayList<>()))
                .list();
        if (heads.isEmpty()) {
            return heads;
        }
        java.util.Map<UUID, HeldOrder> byId = new java.util.HashMap<>();
        heads.forEach(h -> byId.put(h.id().value(), h));
        jdbc.sql("SELECT order_id, reason, rule FROM order_holds WHERE order_id IN (:ids) ORDER BY created_at, id")
                .param("ids", byId.keySet())
                .query((rs, n) -> byId.get(rs.getObject(1, UUID.class)).holds()
                        .add(new OrderHold(rs.getString(2), rs.getString(3)))).list();
        return heads;
    }

    private static OrderState map(ResultSet rs, Instant now, Supplier<UUID> ids) throws SQLException {
        String tags = rs.getString("tags");
        return new OrderState(new OrderId(rs.getObject("id", UUID.class)), rs.getString("number"),
                OrderStatus.valueOf(rs.getString("status")), ProcessingStage.valueOf(rs.getString("processing_stage")),
                PaymentStatus.valueOf(rs.getString("payment_status")),
                FulfillmentStatus.valueOf(rs.getString("fulfillment_status")), rs.getInt("priority"),
                tags == null ? List.of() : Arrays.asList(tags.split(",")),
                new OrderState.Facts(Channel.valueOf(rs.getString("channel")),
                        new CustomerId(rs.getObject("customer_id", UUID.class)), rs.getString("customer_email"),
                        Money.of(rs.getLong("total_minor"), rs.getString("currency")), rs.getString("shipping_method"),
                        rs.getString("location_code"), rs.getString("ship_line1"), rs.getString("ship_city"),
                        rs.getString("ship_postal_code"), rs.getString("ship_country"), rs.getString("bill_country"),
                        Times.read(rs, "created_at")),
                now, ids);
    }
}
