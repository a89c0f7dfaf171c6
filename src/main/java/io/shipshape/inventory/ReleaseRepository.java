package io.shipshape.inventory;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.shipshape.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@link StockReleases}: a line's backorder and reservations, read under row locks, and their release. */
@Repository
class ReleaseRepository {

    record Held(UUID id, UUID locationId, int quantity) {
    }

    record Backordered(UUID id, int outstanding) {
    }

    private final JdbcClient jdbc;

    ReleaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Backordered> backorders(String reference, int lineNo) {
        return jdbc.sql("""
                SELECT id, outstanding FROM backorders
                WHERE reference = :r AND line_no = :line AND outstanding > 0 ORDER BY seq FOR UPDATE""")
                .param("r", reference).param("line", lineNo)
                .query((rs, n) -> new Backordered(rs.getObject(1, UUID.class), rs.getInt(2))).list();
    }

    void cancelBackorder(UUID id, int quantity, Instant now) {
        jdbc.sql("UPDATE backorders SET outstanding = outstanding - :q, updated_at = :now WHERE id = :id")
                .param("q", quantity).param("now", Times.db(now)).param("id", id).update();
    }

    /** Active reservations of the line, newest first (what was reserved last is given back first). */
    List<Held> reservations(String reference, int lineNo) {
        return jdbc.sql("""
                SELECT id, location_id, quantity FROM reservations
                WHERE reference = :r AND line_no = :line AND status = 'ACTIVE' ORDER BY created_at DESC, id DESC
                FOR UPDATE""")
                .param("r", reference).param("line", lineNo)
                .query((rs, n) -> new Held(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3)))
                .list();
    }

    /** The whole reservation (status RELEASED, quantity kept for the record) or part of it (quantity reduced). */
    void releaseReservation(Held r, int quantity) {
        if (quantity == r.quantity()) {
            jdbc.sql("UPDATE reservations SET status = 'RELEASED' WHERE id = :id").param("id", r.id()).update();
        } else {
            jdbc.sql("UPDATE reservations SET quantity = quantity - :q WHERE id = :id")
                    .param("q", quantity).param("id", r.id()).update();
        }
    }

    /** Takes units off the level's reserved count; false (nothing changed) if fewer are reserved. */
    boolean unreserve(String sku, UUID locationId, int quantity, Instant now) {
        return jdbc.sql("""
                UPDATE stock_levels SET reserved = reserved - :q, updated_at = :now
                WHERE sku = :sku AND location_id = :loc AND reserved >= :q""")
                .param("q", quantity).param("now", Times.db(now)).param("sku", sku).param("loc", locationId)
                .update() == 1;
    }

    Map<UUID, String> codes(Collection<UUID> locationIds) {
        Map<UUID, String> codes = new HashMap<>();
        if (!locationIds.isEmpty()) {
            jdbc.sql("SELECT id, code FROM locations WHERE id IN (:ids)").param("ids", locationIds)
                    .query((rs, n) -> codes.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        }
        return codes;
    }
}
