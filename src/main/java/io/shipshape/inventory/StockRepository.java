package io.shipshape.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.shipshape.shared.Times;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for stock levels. Reservation is a conditional update: the row is only incremented when the units are
 * available at that moment, which the database evaluates under the row lock, so no unit is ever reserved
 * twice however many transactions race for it.
 */
@Repository
class StockRepository {

    record Level(String sku, UUID locationId, String location, int priority, int onHand, int reserved,
                 int safetyStock, Integer reorderPoint, Integer reorderQuantity) {
        int available() {
            return onHand - reserved - safetyStock;
        }
    }

    /** A stock row and a change of its reserved units, for the grouped capture path. */
    record Increment(String sku, UUID locationId, int quantity) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    StockRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Locks these stock rows in the order given (one round trip: a JDBC batch runs its statements in order). A
     * no-op UPDATE rather than SELECT ... FOR UPDATE ORDER BY, because the lock order must be the one the Java
     * side sorts by (the one-order path locks in the same order), not the database collation's.
     */
    void lockInOrder(List<Increment> rows) {
        template.batchUpdate("UPDATE stock_levels SET reserved = reserved WHERE sku = ? AND location_id = ?", rows,
                rows.size(), (ps, r) -> {
                    ps.setString(1, r.sku());
                    ps.setObject(2, r.locationId());
                });
    }

    /** Adds to the reserved units of rows this transaction locked and checked (one statement per row, one batch). */
    void addReserved(List<Increment> rows, Instant now) {
        template.batchUpdate("UPDATE stock_levels SET reserved = reserved + ?, updated_at = ? WHERE sku = ? AND location_id = ?",
                rows, rows.size(), (ps, r) -> {
                    ps.setInt(1, r.quantity());
                    ps.setObject(2, Times.db(now), java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setString(3, r.sku());
                    ps.setObject(4, r.locationId());
                });
    }

    /** Levels of these SKUs at active locations (one round trip). */
    List<Level> levels(Collection<String> skus) {
        return jdbc.sql(SELECT + " WHERE s.sku IN (:skus) AND l.active = TRUE ORDER BY l.priority, l.code")
                .param("skus", skus).query(StockRepository::map).list();
    }

    List<Level> levelsOf(String sku) {
        return jdbc.sql(SELECT + " WHERE s.sku = :sku ORDER BY l.priority, l.code").param("sku", sku)
                .query(StockRepository::map).list();
    }

    /** The level, locked for update (a count reads and writes it in one transaction). */
    Optional<Level> lockLevel(String sku, UUID locationId) {
        // Lock the stock row alone: FOR UPDATE over the join would also lock the location row, which another
        // transaction inserting a stock level there holds (KEY SHARE, through the foreign key): a deadlock.
        boolean exists = jdbc.sql("SELECT 1 FROM stock_levels WHERE sku = :sku AND location_id = :loc FOR UPDATE")
                .param("sku", sku).param("loc", locationId).query(Integer.class).optional().isPresent();
        if (!exists) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE s.sku = :sku AND s.location_id = :loc")
                .param("sku", sku).param("loc", locationId).query(StockRepository::map).optional();
    }

    void createLevelIfMissing(String sku, UUID locationId, Instant now) {
        jdbc.sql("""
                INSERT INTO stock_levels (sku, location_id, on_hand, reserved, safety_stock, updated_at)
                VALUES (:sku, :loc, 0, 0, 0, :now) ON CONFLICT DO NOTHING""")
                .param("sku", sku).param("loc", locationId).param("now", Times.db(now)).update();
    }

    void setCount(String sku, UUID locationId, int onHand, int safetyStock, Integer reorderPoint,
                  Integer reorderQuantity, Instant now) {
        jdbc.sql("""
                UPDATE stock_levels SET on_hand = :onHand, safety_stock = :safety, reorder_point = :rp,
                       reorder_quantity = :rq, updated_at = :now
                WHERE sku = :sku AND location_id = :loc""")
                .param("onHand", onHand).param("safety", safetyStock).param("rp", reorderPoint)
                .param("rq", reorderQuantity).param("now", Times.db(now)).param("sku", sku).param("loc", locationId)
                .update();
    }

    /** Reserves {@code quantity} if that many are available right now; false (and no change) otherwise. */
    boolean tryReserve(String sku, UUID locationId, int quantity, Instant now) {
        return jdbc.sql("""
                UPDATE stock_levels SET reserved = reserved + :q, updated_at = :now
                WHERE sku = :sku AND location_id = :loc AND on_hand - reserved - safety_stock >= :q""")
                .param("q", quantity).param("now", Times.db(now)).param("sku", sku).param("loc", locationId)
                .update() == 1;
    }

    /** Takes back a reservation made earlier in this same transaction. */
    void unreserve(String sku, UUID locationId, int quantity) {
        jdbc.sql("UPDATE stock_levels SET reserved = reserved - :q WHERE sku = :sku AND location_id = :loc")
                .param("q", quantity).param("sku", sku).param("loc", locationId).update();
    }

    List<LowStockRow> low(int limit) {
        return jdbc.sql("""
                SELECT s.sku, l.code, s.on_hand, s.reserved, s.safety_stock, s.reorder_point
                FROM stock_levels s JOIN locations l ON l.id = s.location_id
                WHERE l.active = TRUE AND (s.on_hand - s.reserved <= s.safety_stock
                   OR (s.reorder_point IS NOT NULL AND s.on_hand - s.reserved - s.safety_stock <= s.reorder_point))
                ORDER BY s.on_hand - s.reserved - s.safety_stock, s.sku, l.code LIMIT :limit""")
                .param("limit", limit)
                .query((rs, n) -> new LowStockRow(rs.getString("sku"), rs.getString("code"), rs.getInt("on_hand"),
                        rs.getInt("reserved"), Math.max(0, rs.getInt("on_hand") - rs.getInt("reserved")
                        - rs.getInt("safety_stock")), rs.getInt("safety_stock"), rs.getObject("reorder_point", Integer.class)))
                .list();
    }

    /**
     * One page of the stock list in (SKU, location code) order after the given row: keyset paging that the
     * primary key (sku, location_id) serves ({@code s.sku >= :afterSku} starts the index scan), one query per
     * page. {@code skuPrefix} (lower-case) matches SKUs that start with it, ignoring case; {@code lowOnly} keeps
     * the rows of {@link StockRow#isLow}.
     */
    List<StockRow> page(String skuPrefix, boolean lowOnly, String afterSku, String afterCode, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT s.sku, l.code, l.active, s.on_hand, s.reserved, s.safety_stock, s.reorder_point,
                       s.reorder_quantity
                FROM stock_levels s JOIN locations l ON l.id = s.location_id WHERE 1 = 1""");
        if (afterSku != null) {
            sql.append(" AND s.sku >= :afterSku AND (s.sku > :afterSku OR l.code > :afterCode)");
        }
        if (skuPrefix != null) {
            sql.append(" AND LOWER(s.sku) LIKE :prefix ESCAPE '\\'");
        }
        if (lowOnly) {
            sql.append(" AND (s.on_hand - s.reserved <= s.safety_stock OR (s.reorder_point IS NOT NULL"
                    + " AND s.on_hand - s.reserved - s.safety_stock <= s.reorder_point))");
        }
        var statement = jdbc.sql(sql.append(" ORDER BY s.sku, l.code LIMIT :limit").toString()).param("limit", limit);
        if (afterSku != null) {
            statement = statement.param("afterSku", afterSku).param("afterCode", afterCode);
        }
        if (skuPrefix != null) {
            String escaped = skuPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            statement = statement.param("prefix", escaped + "%");
        }
        return statement.query((rs, n) -> {
            int onHand = rs.getInt("on_hand");
            int reserved = rs.getInt("reserved");
            int safety = rs.getInt("safety_stock");
            Integer reorderPoint = rs.getObject("reorder_point", Integer.class);
            return new StockRow(rs.getString("sku"), rs.getString("code"), rs.getBoolean("active"), onHand, reserved,
                    Math.max(0, onHand - reserved - safety), safety, reorderPoint,
                    rs.getObject("reorder_quantity", Integer.class), StockRow.isLow(onHand, reserved, safety, reorderPoint));
        }).list();
    }

    /** A level with its last stock alert, for {@link StockAlerts}. */
    record AlertLevel(String sku, UUID locationId, String location, int available, Integer reorderPoint,
                      String alertState) {
    }

    /** Changes on-hand of a level this transaction has locked (see {@link #lockLevel}). */
    void addOnHand(String sku, UUID locationId, int delta, Instant now) {
        jdbc.sql("UPDATE stock_levels SET on_hand = on_hand + :d, updated_at = :now WHERE sku = :sku AND location_id = :loc")
                .param("d", delta).param("now", Times.db(now)).param("sku", sku).param("loc", locationId).update();
    }

    /** Levels of these SKUs at these location codes with their alert state (one round trip; a superset). */
    List<AlertLevel> alertLevels(Collection<String> skus, Collection<String> locationCodes) {
        return jdbc.sql("""
                SELECT s.sku, s.location_id, l.code, s.on_hand - s.reserved - s.safety_stock AS available,
                       s.reorder_point, s.alert_state
                FROM stock_levels s JOIN locations l ON l.id = s.location_id
                WHERE s.sku IN (:skus) AND l.code IN (:codes)""")
                .param("skus", skus).param("codes", locationCodes)
                .query((rs, n) -> new AlertLevel(rs.getString("sku"), rs.getObject("location_id", UUID.class),
                        rs.getString("code"), rs.getInt("available"), rs.getObject("reorder_point", Integer.class),
                        rs.getString("alert_state")))
                .list();
    }

    void setAlertState(String sku, UUID locationId, String state) {
        jdbc.sql("UPDATE stock_levels SET alert_state = :state WHERE sku = :sku AND location_id = :loc")
                .param("state", state).param("sku", sku).param("loc", locationId).update();
    }

    /** Units of a SKU in transit (shipped, not yet received) per destination location code. */
    java.util.Map<String, Integer> inTransitTo(String sku) {
        java.util.Map<String, Integer> result = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT l.code, SUM(tl.quantity) AS q FROM stock_transfer_lines tl
                JOIN stock_transfers t ON t.id = tl.transfer_id JOIN locations l ON l.id = t.to_location_id
                WHERE tl.sku = :sku AND t.status = 'IN_TRANSIT' GROUP BY l.code""")
                .param("sku", sku).query(rs -> {
                    result.put(rs.getString("code"), rs.getInt("q"));
                });
        return result;
    }

    private static final String SELECT = """
            SELECT s.sku, s.location_id, l.code, l.priority, s.on_hand, s.reserved, s.safety_stock, s.reorder_point,
                   s.reorder_quantity
            FROM stock_levels s JOIN locations l ON l.id = s.location_id""";

    private static Level map(ResultSet rs, int row) throws SQLException {
        return new Level(rs.getString("sku"), rs.getObject("location_id", UUID.class), rs.getString("code"),
                rs.getInt("priority"), rs.getInt("on_hand"), rs.getInt("reserved"), rs.getInt("safety_stock"),
                rs.getObject("reorder_point", Integer.class), rs.getObject("reorder_quantity", Integer.class));
    }
}
