package io.shipshape.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.shipshape.shared.Times;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** SQL for the sourcing rule list: read in order, and written as a whole (a handful of rows). */
@Repository
class SourcingRuleRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SourcingRuleRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    List<SourcingRule> findAll() {
        return jdbc.sql(SELECT + " ORDER BY list_position, id").query(SourcingRuleRepository::map).list();
    }

    /** The list, its rows locked until the transaction ends so concurrent edits do not interleave. */
    List<SourcingRule> lockAll() {
        return jdbc.sql(SELECT + " ORDER BY list_position, id FOR UPDATE").query(SourcingRuleRepository::map).list();
    }

    /** Replaces the stored list with this one (positions as given). */
    void replaceAll(List<SourcingRule> rules, Instant now) {
        jdbc.sql("DELETE FROM sourcing_rules").update();
        template.batchUpdate("""
                INSERT INTO sourcing_rules (id, list_position, type, enabled, params, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)""", rules, rules.size(), (ps, r) -> {
            ps.setObject(1, r.id());
            ps.setInt(2, r.position());
            ps.setString(3, r.type().name());
            ps.setBoolean(4, r.enabled());
            ps.setString(5, r.params().isEmpty() ? null : JSON.writeValueAsString(r.params()));
            ps.setObject(6, Times.db(now), Types.TIMESTAMP_WITH_TIMEZONE);
        });
    }

    private static final String SELECT = "SELECT id, list_position, type, enabled, params FROM sourcing_rules";

    @SuppressWarnings("unchecked")
    private static SourcingRule map(ResultSet rs, int row) throws SQLException {
        String params = rs.getString("params");
        return new SourcingRule(rs.getObject("id", UUID.class), rs.getInt("list_position"),
                SourcingRuleType.valueOf(rs.getString("type")), rs.getBoolean("enabled"),
                params == null ? Map.of() : JSON.readValue(params, Map.class));
    }
}
