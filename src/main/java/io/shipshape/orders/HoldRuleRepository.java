package io.shipshape.orders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.shipshape.customers.CustomerId;
import io.shipshape.shared.Cursor;
import io.shipshape.shared.Money;
import io.shipshape.shared.Times;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** SQL of hold rules ({@code hold_rules}, the condition as a JSON document) and the order facts rules ask for. */
@Repository
class HoldRuleRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = """
            SELECT id, name, enabled, condition_json, action_type, action_reason, action_tag, action_priority,
                   created_at, updated_at FROM hold_rules""";

    /** The stored form of a condition: plain values, so the JSON does not depend on how Money serialises. */
    record StoredCondition(HoldCondition.Kind kind, Long amountMinor, String currency, String sku, Integer quantity,
                           Integer count, List<String> values) {
    }

    private final JdbcClient jdbc;

    HoldRuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<HoldRule> all() {
        return jdbc.sql(SELECT + " ORDER BY created_at, id").query(HoldRuleRepository::map).list();
    }

    /** Up to {@code limit} rules after {@code after} (null: from the first), oldest first. */
    List<HoldRule> page(Cursor.TimeAndId after, int limit) {
        if (after == null) {
            return jdbc.sql(SELECT + " ORDER BY created_at, id LIMIT :limit").param("limit", limit)
                    .query(HoldRuleRepository::map).list();
        }
        return jdbc.sql(SELECT + " WHERE created_at > :t OR (created_at = :t AND id > :id) ORDER BY created_at, id"
                        + " LIMIT :limit").param("t", Times.db(after.time())).param("id", after.id())
                .param("limit", limit).query(HoldRuleRepository::map).list();
    }

    /** Enabled rules in the order they were created (one small query per processed order). */
    List<HoldRule> enabled() {
        return jdbc.sql(SELECT + " WHERE enabled = TRUE ORDER BY created_at, id").query(HoldRuleRepository::map).list();
    }

    Optional<HoldRule> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(HoldRuleRepository::map).optional();
    }

    /** False when another rule has the name. */
    boolean insert(HoldRule r) {
        try {
            return write("""
                    INSERT INTO hold_rules (id, name, enabled, condition_json, action_type, action_reason, action_tag,
                        action_priority, created_at, updated_at)
                    VALUES (:id, :name, :enabled, :condition, :type, :reason, :tag, :priority, :createdAt, :updatedAt)""",
                    r) == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** False when another rule has the name; throws nothing when the rule is gone (0 rows, checked by caller). */
    boolean update(HoldRule r) {
        try {
            write("""
                    UPDATE hold_rules SET name = :name, enabled = :enabled, condition_json = :condition,
                        action_type = :type, action_reason = :reason, action_tag = :tag, action_priority = :priority,
                        updated_at = :updatedAt WHERE id = :id""", r);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM hold_rules WHERE id = :id").param("id", id).update() == 1;
    }

    Map<String, Integer> quantities(OrderId id) {
        Map<String, Integer> q = new HashMap<>();
        jdbc.sql("SELECT sku, quantity FROM order_lines WHERE order_id = :id").param("id", id.value())
                .query((ResultSet rs) -> {
                    q.merge(rs.getString(1), rs.getInt(2), Integer::sum);
                });
        return q;
    }

    /**
     * Whether the customer placed an order before this one (cancelled ones count: they were orders). Later orders do
     * not: two orders placed quickly, before processing reaches the first, are a first and a second order.
     */
    boolean hasEarlierOrders(CustomerId customer, OrderId order) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM orders o, orders self WHERE self.id = :id AND o.customer_id = :c
                    AND o.id <> self.id AND (o.created_at < self.created_at
                        OR (o.created_at = self.created_at AND o.id < self.id))""")
                .param("c", customer.value()).param("id", order.value()).query(Long.class).single() > 0;
    }

    long ordersFrom(String email, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM orders WHERE customer_email = :e AND created_at > :from AND created_at <= :to""")
                .param("e", email).param("from", Times.db(from)).param("to", Times.db(to)).query(Long.class).single();
    }

    private int write(String sql, HoldRule r) {
        HoldCondition c = r.condition();
        StoredCondition stored = new StoredCondition(c.kind(), c.amount() == null ? null : c.amount().amountMinor(),
                c.amount() == null ? null : c.amount().currencyCode(), c.sku(), c.quantity(), c.count(), c.values());
        return jdbc.sql(sql).param("id", r.id()).param("name", r.name()).param("enabled", r.enabled())
                .param("condition", JSON.writeValueAsString(stored)).param("type", r.action().type().name())
                .param("reason", r.action().reason()).param("tag", r.action().tag())
                .param("priority", r.action().priority()).param("createdAt", Times.db(r.createdAt()))
                .param("updatedAt", Times.db(r.updatedAt())).update();
    }

    private static HoldRule map(ResultSet rs, int n) throws SQLException {
        StoredCondition s = JSON.readValue(rs.getString("condition_json"), StoredCondition.class);
        HoldCondition condition = new HoldCondition(s.kind(), s.amountMinor() == null ? null
                : Money.of(s.amountMinor(), s.currency()), s.sku(), s.quantity(), s.count(), s.values());
        return new HoldRule(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("enabled"), condition,
                new HoldRule.Action(HoldRule.ActionType.valueOf(rs.getString("action_type")),
                        rs.getString("action_reason"), rs.getString("action_tag"),
                        rs.getObject("action_priority", Integer.class)),
                Times.read(rs, "created_at"), Times.read(rs, "updated_at"));
    }
}
