package io.shipshape.inventory;

import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.shipshape.shared.Times;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the backorder queue: one row per backordered order line, in capture order ({@code seq}). */
@Repository
class BackorderRepository {

    record NewBackorder(UUID id, String reference, int lineNo, String sku, int quantity, Instant at) {
    }

    record Queued(UUID id, String reference, int lineNo, int outstanding) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    BackorderRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Queues the lines in list order (one batch round trip); {@code seq} comes from a sequence. */
    void insert(List<NewBackorder> backorders) {
        template.batchUpdate("""
                INSERT INTO backorders (id, seq, reference, line_no, sku, quantity, outstanding, created_at, updated_at)
                VALUES (?, NEXTVAL('backorder_seq'), ?, ?, ?, ?, ?, ?, ?)""", backorders, backorders.size(), (ps, b) -> {
            ps.setObject(1, b.id());
            ps.setString(2, b.reference());
            ps.setInt(3, b.lineNo());
            ps.setString(4, b.sku());
            ps.setInt(5, b.quantity());
            ps.setInt(6, b.quantity());
            ps.setObject(7, Times.db(b.at()), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setObject(8, Times.db(b.at()), Types.TIMESTAMP_WITH_TIMEZONE);
        });
    }

    /** The oldest outstanding backorders of a SKU, first come first. */
    List<Queued> outstanding(String sku, int limit) {
        return jdbc.sql("""
                SELECT id, reference, line_no, outstanding FROM backorders
                WHERE sku = :sku AND outstanding > 0 ORDER BY seq LIMIT :limit""")
                .param("sku", sku).param("limit", limit)
                .query((rs, n) -> new Queued(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getInt("line_no"), rs.getInt("outstanding")))
                .list();
    }

    /**
     * Takes {@code quantity} off a backorder if at least that much is still outstanding (a conditional update:
     * a concurrent fill of the same row waits for the row lock, then re-checks); false and no change otherwise.
     */
    boolean take(UUID id, int quantity, Instant now) {
        return jdbc.sql("""
                UPDATE backorders SET outstanding = outstanding - :q, updated_at = :now
                WHERE id = :id AND outstanding >= :q""")
                .param("q", quantity).param("now", Times.db(now)).param("id", id).update() == 1;
    }

    /** Outstanding units per SKU (for screens). */
    int outstandingOf(String sku) {
        return jdbc.sql("SELECT COALESCE(SUM(outstanding), 0) FROM backorders WHERE sku = :sku")
                .param("sku", sku).query(Integer.class).single();
    }
}
