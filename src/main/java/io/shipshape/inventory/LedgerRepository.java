package io.shipshape.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.shipshape.shared.Cursor;
import io.shipshape.shared.Times;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the movement ledger and the reservations table; inserts are batched (one round trip per table). */
@Repository
class LedgerRepository {

    record NewMovement(UUID id, String sku, UUID locationId, MovementType type, int quantity, String reason,
                       String reference, String actor, Instant at) {
    }

    record NewReservation(UUID id, String reference, int lineNo, String sku, UUID locationId, int quantity,
                          Instant at) {
    }

    record Mismatch(String sku, String location, long onHand, long movementSum, long reserved, long activeReservations,
                    long reservationMovements) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LedgerRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insertMovements(List<NewMovement> movements) {
        template.batchUpdate("""
                INSERT INTO stock_movements (id, sku, location_id, type, quantity, reason, reference, actor, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", movements, movements.size(), (ps, m) -> {
            ps.setObject(1, m.id());
            ps.setString(2, m.sku());
            ps.setObject(3, m.locationId());
            ps.setString(4, m.type().name());
            ps.setInt(5, m.quantity());
            ps.setString(6, m.reason());
            ps.setString(7, m.reference());
            ps.setString(8, m.actor());
            ps.setObject(9, Times.db(m.at()), Types.TIMESTAMP_WITH_TIMEZONE);
        });
    }

    void insertReservations(List<NewReservation> reservations) {
        template.batchUpdate("""
                INSERT INTO reservations (id, reference, line_no, sku, location_id, quantity, status, created_at)
                VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?)""", reservations, reservations.size(), (ps, r) -> {
            ps.setObject(1, r.id());
            ps.setString(2, r.reference());
            ps.setInt(3, r.lineNo());
            ps.setString(4, r.sku());
            ps.setObject(5, r.locationId());
            ps.setInt(6, r.quantity());
            ps.setObject(7, Times.db(r.at()), Types.TIMESTAMP_WITH_TIMEZONE);
        });
    }

    /** Movements of a SKU, newest first, keyset-paged by (created_at, id). */
    List<MovementView> movements(String sku, Cursor.TimeAndId after, int limit) {
        String where = after == null ? "" : " AND (m.created_at < :t OR (m.created_at = :t AND m.id < :id))";
        var spec = jdbc.sql("""
                SELECT m.id, m.sku, l.code, m.type, m.quantity, m.reason, m.reference, m.actor, m.created_at
                FROM stock_movements m JOIN locations l ON l.id = m.location_id
                WHERE m.sku = :sku""" + where + " ORDER BY m.created_at DESC, m.id DESC LIMIT :limit")
                .param("sku", sku).param("limit", limit);
        if (after != null) {
            spec = spec.param("t", Times.db(after.time())).param("id", after.id());
        }
        return spec.query(LedgerRepository::mapMovement).list();
    }

    /** Every stock level whose balances disagree with the ledger and the reservations. */
    List<Mismatch> mismatches() {
        return jdbc.sql("""
                SELECT s.sku, l.code, s.on_hand, s.reserved,
                       COALESCE((SELECT SUM(m.quantity) FROM stock_movements m WHERE m.sku = s.sku
                                 AND m.location_id = s.location_id AND m.type NOT IN ('RESERVATION', 'RELEASE')), 0) AS moved,
                       COALESCE((SELECT SUM(r.quantity) FROM reservations r WHERE r.sku = s.sku
                                 AND r.location_id = s.location_id AND r.status = 'ACTIVE'), 0) AS active,
                       COALESCE((SELECT SUM(m.quantity) FROM stock_movements m WHERE m.sku = s.sku
                                 AND m.location_id = s.location_id AND m.type IN ('RESERVATION', 'RELEASE')), 0) AS rmoved
                FROM stock_levels s JOIN locations l ON l.id = s.location_id""")
                .query((rs, n) -> new Mismatch(rs.getString("sku"), rs.getString("code"), rs.getLong("on_hand"),
                        rs.getLong("moved"), rs.getLong("reserved"), rs.getLong("active"), rs.getLong("rmoved")))
                .list().stream()
                .filter(m -> m.onHand() != m.movementSum() || m.reserved() != m.activeReservations()
                        || m.reserved() != m.reservationMovements() || m.onHand() < 0 || m.reserved() < 0)
                .toList();
    }

    private static MovementView mapMovement(ResultSet rs, int row) throws SQLException {
        return new MovementView(rs.getObject("id", UUID.class), rs.getString("sku"), rs.getString("code"),
                MovementType.valueOf(rs.getString("type")), rs.getInt("quantity"), rs.getString("reason"),
                rs.getString("reference"), rs.getString("actor"), Times.read(rs, "created_at"));
    }
}
