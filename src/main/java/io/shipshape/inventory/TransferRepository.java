package io.shipshape.inventory;

import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.shipshape.shared.Cursor;
import io.shipshape.shared.Times;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for transfers and their lines. */
@Repository
class TransferRepository {

    /** A transfer's header with its location ids (for changes) and codes (for views). */
    record Header(UUID id, UUID fromId, String from, UUID toId, String to, TransferStatus status, String createdBy,
                  Instant createdAt, Instant receivedAt) {
        TransferView view(List<StockLine> lines) {
            return new TransferView(id, from, to, status, lines, createdBy, createdAt, receivedAt);
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    TransferRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(UUID id, UUID fromId, UUID toId, List<StockLine> lines, String actor, Instant now) {
        jdbc.sql("""
                INSERT INTO stock_transfers (id, from_location_id, to_location_id, status, created_by, created_at)
                VALUES (:id, :from, :to, 'IN_TRANSIT', :actor, :now)""")
                .param("id", id).param("from", fromId).param("to", toId).param("actor", actor)
                .param("now", Times.db(now)).update();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            numbers.add(i);
        }
        template.batchUpdate("INSERT INTO stock_transfer_lines (transfer_id, line_no, sku, quantity) VALUES (?, ?, ?, ?)",
                numbers, numbers.size(), (ps, i) -> {
                    ps.setObject(1, id);
                    ps.setInt(2, i + 1);
                    ps.setString(3, lines.get(i).sku());
                    ps.setInt(4, lines.get(i).quantity());
                });
    }

    Optional<Header> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE t.id = :id").param("id", id).query(TransferRepository::map).optional();
    }

    /**
     * Moves an in-transit transfer to RECEIVED or CANCELLED (a conditional update that locks only the transfer
     * row, so a concurrent receive or cancel waits and then finds it finished); false when it is not in transit.
     */
    boolean finish(UUID id, TransferStatus status, Instant now) {
        return jdbc.sql("UPDATE stock_transfers SET status = :status, " + (status == TransferStatus.RECEIVED
                        ? "received_at" : "cancelled_at") + " = :now WHERE id = :id AND status = 'IN_TRANSIT'")
                .param("status", status.name()).param("now", Times.db(now)).param("id", id).update() == 1;
    }

    /** Newest first, keyset-paged by (created_at, id); optionally only one status. */
    List<Header> page(TransferStatus status, Cursor.TimeAndId after, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        if (status != null) {
            sql.append(" AND t.status = :status");
        }
        if (after != null) {
            sql.append(" AND (t.created_at < :t OR (t.created_at = :t AND t.id < :after))");
        }
        var spec = jdbc.sql(sql.append(" ORDER BY t.created_at DESC, t.id DESC LIMIT :limit").toString())
                .param("limit", limit);
        if (status != null) {
            spec = spec.param("status", status.name());
        }
        if (after != null) {
            spec = spec.param("t", Times.db(after.time())).param("after", after.id());
        }
        return spec.query(TransferRepository::map).list();
    }

    /** The lines of these transfers, in line order (one query). */
    Map<UUID, List<StockLine>> lines(List<UUID> ids) {
        Map<UUID, List<StockLine>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT transfer_id, sku, quantity FROM stock_transfer_lines WHERE transfer_id IN (:ids)"
                        + " ORDER BY transfer_id, line_no").param("ids", ids)
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject("transfer_id", UUID.class), k -> new ArrayList<>())
                            .add(new StockLine(rs.getString("sku"), rs.getInt("quantity")));
                });
        return result;
    }

    private static final String SELECT = """
            SELECT t.id, t.from_location_id, f.code AS from_code, t.to_location_id, d.code AS to_code, t.status,
                   t.created_by, t.created_at, t.received_at
            FROM stock_transfers t JOIN locations f ON f.id = t.from_location_id
            JOIN locations d ON d.id = t.to_location_id""";

    private static Header map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Header(rs.getObject("id", UUID.class), rs.getObject("from_location_id", UUID.class),
                rs.getString("from_code"), rs.getObject("to_location_id", UUID.class), rs.getString("to_code"),
                TransferStatus.valueOf(rs.getString("status")), rs.getString("created_by"),
                Times.read(rs, "created_at"), rs.getObject("received_at") == null ? null : Times.read(rs, "received_at"));
    }
}
