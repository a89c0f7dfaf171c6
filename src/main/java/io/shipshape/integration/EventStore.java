package io.shipshape.integration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.shipshape.shared.Times;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@code integration_event} and the stage cursors ({@code integration_cursor}). */
@Repository
class EventStore {

    private static final String COLUMNS = "id, seq, type, subject, order_id, occurred_at, payload";

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    EventStore(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    /** One batched round trip for all events of a transaction. */
    void insert(List<StoredEvent> events) {
        jdbc.batchUpdate("insert into integration_event (id, type, subject, order_id, occurred_at, payload) "
                + "values (?, ?, ?, ?, ?, ?)", events, events.size(), (ps, e) -> {
            ps.setObject(1, e.id());
            ps.setString(2, e.type());
            ps.setString(3, e.subject());
            ps.setObject(4, e.orderId());
            ps.setObject(5, Times.db(e.occurredAt()));
            ps.setString(6, e.payload());
        });
    }

    /**
     * Locks a stage's cursor row and answers its last seq, or empty when another server holds it (that server is
     * doing this stage's work right now). Must run in a transaction, which holds the lock until it ends.
     */
    Optional<Long> lockCursor(String name) {
        return client.sql("select last_seq from integration_cursor where name = :name for update skip locked")
                .param("name", name).query(Long.class).optional();
    }

    void advanceCursor(String name, long lastSeq) {
        client.sql("update integration_cursor set last_seq = :seq where name = :name")
                .param("seq", lastSeq).param("name", name).update();
    }

    /** The highest seq housekeeping has deleted (0 when none): the feed has nothing at or below it any more. */
    long expiredThrough() {
        return client.sql("select last_seq from integration_cursor where name = :name")
                .param("name", IntegrationHousekeeping.EXPIRED).query(Long.class).optional().orElse(0L);
    }

    /** Committed events not yet sequenced, in insertion order. */
    List<Long> unsequenced(int limit) {
        return client.sql("select pos from integration_event where seq is null order by pos limit :limit")
                .param("limit", limit).query(Long.class).list();
    }

    void assignSeqs(List<Long> positions, long firstSeq) {
        List<Object[]> args = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            args.add(new Object[] {firstSeq + i, positions.get(i)});
        }
        jdbc.batchUpdate("update integration_event set seq = ? where pos = ?", args);
    }

    /** Sequenced events after {@code afterSeq}, oldest first, optionally only of some types. */
    List<StoredEvent> after(long afterSeq, List<String> types, int limit) {
        String typeFilter = types.isEmpty() ? "" : " and type in (:types)";
        var spec = client.sql("select " + COLUMNS + " from integration_event where seq > :after" + typeFilter
                + " order by seq limit :limit").param("after", afterSeq).param("limit", limit);
        if (!types.isEmpty()) {
            spec = spec.param("types", types);
        }
        return spec.query(EventStore::row).list();
    }

    static StoredEvent row(ResultSet rs, int n) throws SQLException {
        long seq = rs.getLong("seq");
        Long sequenced = rs.wasNull() ? null : seq;
        return new StoredEvent(rs.getObject("id", UUID.class), sequenced, rs.getString("type"),
                rs.getString("subject"), rs.getObject("order_id", UUID.class), Times.read(rs, "occurred_at"),
                rs.getString("payload"));
    }
}
