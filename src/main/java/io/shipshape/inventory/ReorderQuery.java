package io.shipshape.inventory;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stock at or below its reorder point (one query, most urgent first). */
@Repository
class ReorderQuery {

    private final JdbcClient jdbc;

    ReorderQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stock levels (SKU x active location) with nothing available now: on hand minus reserved at or below zero. */
    long stockouts() {
        return jdbc.sql("""
                SELECT COUNT(*) FROM stock_levels s JOIN locations l ON l.id = s.location_id
                WHERE l.active = TRUE AND s.on_hand - s.reserved <= 0""").query(Long.class).single();
    }

    List<ReorderSuggestion> atOrBelowReorderPoint(String locationCode) {
        return jdbc.sql("""
                SELECT s.sku, l.code, s.on_hand, s.reserved, s.safety_stock, s.reorder_point, s.reorder_quantity
                FROM stock_levels s JOIN locations l ON l.id = s.location_id
                WHERE l.active = TRUE AND s.reorder_point IS NOT NULL
                  AND s.on_hand - s.reserved - s.safety_stock <= s.reorder_point
                  AND (CAST(:location AS VARCHAR(32)) IS NULL OR l.code = :location)
                ORDER BY s.on_hand - s.reserved - s.safety_stock - s.reorder_point, s.sku, l.code""")
                .param("location", locationCode)
                .query((rs, n) -> ReorderSuggestion.of(rs.getString("sku"), rs.getString("code"), rs.getInt("on_hand"),
                        rs.getInt("reserved"), rs.getInt("safety_stock"), rs.getInt("reorder_point"),
                        rs.getObject("reorder_quantity", Integer.class)))
                .list();
    }
}
