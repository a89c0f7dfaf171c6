package io.shipshape.fulfillment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.shipshape.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the carrier registry. */
@Repository
class CarrierRepository {

    private static final String SELECT = "SELECT code, name, tracking_url, builtin FROM carriers";

    private final JdbcClient jdbc;

    CarrierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CarrierView> all() {
        return jdbc.sql(SELECT + " ORDER BY builtin DESC, name").query(CarrierRepository::map).list();
    }

    Optional<CarrierView> find(String code) {
        return jdbc.sql(SELECT + " WHERE code = :code").param("code", code).query(CarrierRepository::map).optional();
    }

    /** False when the code is taken. */
    boolean insert(CarrierView carrier, Instant now) {
        return jdbc.sql("""
                INSERT INTO carriers (code, name, tracking_url, builtin, created_at)
                VALUES (:code, :name, :url, FALSE, :now) ON CONFLICT DO NOTHING""")
                .param("code", carrier.code()).param("name", carrier.name()).param("url", carrier.trackingUrl())
                .param("now", Times.db(now)).update() == 1;
    }

    private static CarrierView map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CarrierView(rs.getString("code"), rs.getString("name"), rs.getString("tracking_url"),
                rs.getBoolean("builtin"));
    }
}
