package io.shipshape.inventory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.shipshape.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL that fulfillment's stock operations need on top of {@link StockRepository}, {@link LedgerRepository} and
 * {@link BackorderRepository} (kept apart so their existing statements stay as they are).
 */
@Repository
class FulfillmentStockRepository {

    /** An active reservation row of one order line at one location. */
    record Active(UUID id, int quantity) {
    }

    private final JdbcClient jdbc;

    FulfillmentStockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active reservation rows of an order line at a location, oldest first, locked for this transaction. */
    List<Active> lockActive(String reference, int lineNo, String sku, UUID locationId) {
        return jdbc.sql("""
                SELECT id, quantity FROM reservations
                WHERE reference = :ref AND line_no = :line AND sku = :sku AND location_id = :loc AND status = 'ACTIVE'
                ORDER BY created_at, id FOR UPDATE""")
                .param("ref", reference).param("line", lineNo).param("sku", sku).param("loc", locationId)
                .query((rs, n) -> new Active(rs.getObject("id", UUID.class), rs.getInt("quantity"))).list();
    }

    List<FulfillmentStock.Reserved> activeByReference(String reference) {
        return jdbc.sql("""
                SELECT r.line_no, r.sku, l.code, SUM(r.quantity) AS q FROM reservations r
                JOIN locations l ON l.id = r.location_id
                WHERE r.reference = :ref AND r.status = 'ACTIVE' GROUP BY r.line_no, r.sku, l.code""")
                .param("ref", reference)
                .query((rs, n) -> new FulfillmentStock.Reserved(rs.getInt("line_no"), rs.getString("sku"),
                        rs.getString("code"), rs.getInt("q"))).list();
    }

    /** Ends a whole reservation row: CONSUMED (shipped) or RELEASED (given back). */
    void close(UUID id, String status) {
        jdbc.sql("UPDATE reservations SET status = :status WHERE id = :id").param("status", status).param("id", id)
                .update();
    }

    /**
     * Takes {@code quantity} off an active row and keeps what was taken as its own closed row, so the
     * reservation history still adds up to what was reserved.
     */
    void split(UUID id, int quantity, UUID closedId, String status, Instant now) {
        jdbc.sql("UPDATE reservations SET quantity = quantity - :q WHERE id = :id").param("q", quantity)
                .param("id", id).update();
        jdbc.sql("""
                INSERT INTO reservations (id, reference, line_no, sku, location_id, quantity, status, created_at)
                SELECT :newId, reference, line_no, sku, location_id, :q, :status, :now FROM reservations WHERE id = :id""")
                .param("newId", closedId).param("q", quantity).param("status", status)
                .param("now", Times.db(now)).param("id", id).update();
    }

    /**
     * Ships reserved units: on-hand and reserved both go down, only if both are there (a conditional update under
     * the row lock, like {@link StockRepository#tryReserve}); false and no change otherwise.
     */
    boolean ship(String sku, UUID locationId, int quantity, Instant now) {
        return jdbc.sql("""
                UPDATE stock_levels SET on_hand = on_hand - :q, reserved = reserved - :q, updated_at = :now
                WHERE sku = :sku AND location_id = :loc AND reserved >= :q AND on_hand >= :q""")
                .param("q", quantity).param("now", Times.db(now)).param("sku", sku).param("loc", locationId)
                .update() == 1;
    }

    /** Gives reserved units back (they become available again); false and no change if fewer are reserved. */
    boolean release(String sku, UUID locationId, int quantity, Instant now) {
        return jdbc.sql("""
                UPDATE stock_levels SET reserved = reserved - :q, updated_at = :now
                WHERE sku = :sku AND location_id = :loc AND reserved >= :q""")
                .param("q", quantity).param("now", Times.db(now)).param("sku", sku).param("loc", locationId)
                .update() == 1;
    }

    /** Adds to the backorder of an order line that already has one; false when it has none. */
    boolean addToBackorder(String reference, int lineNo, int quantity, Instant now) {
        return jdbc.sql("""
                UPDATE backorders SET quantity = quantity + :q, outstanding = outstanding + :q, updated_at = :now
                WHERE reference = :ref AND line_no = :line""")
                .param("q", quantity).param("now", Times.db(now)).param("ref", reference).param("line", lineNo)
                .update() == 1;
    }
}
