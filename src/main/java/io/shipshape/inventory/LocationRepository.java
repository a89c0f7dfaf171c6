package io.shipshape.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.shipshape.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for locations. */
@Repository
class LocationRepository {

    private final JdbcClient jdbc;

    LocationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless the code exists; false when it does. */
    boolean insert(LocationView l) {
        return jdbc.sql("""
                INSERT INTO locations (id, code, name, type, line1, line2, city, region, postal_code, country,
                                       latitude, longitude, priority, active, created_at, updated_at)
                VALUES (:id, :code, :name, :type, :line1, :line2, :city, :region, :postalCode, :country,
                        :lat, :lon, :priority, :active, :at, :at)
                ON CONFLICT DO NOTHING""")
                .param("id", l.id()).param("code", l.code()).param("name", l.name()).param("type", l.type().name())
                .param("line1", l.address().line1()).param("line2", l.address().line2())
                .param("city", l.address().city()).param("region", l.address().region())
                .param("postalCode", l.address().postalCode()).param("country", l.address().country())
                .param("lat", l.latitude()).param("lon", l.longitude()).param("priority", l.priority())
                .param("active", l.active()).param("at", Times.db(l.createdAt()))
                .update() == 1;
    }

    /** Writes everything of a location but its id, code and creation time. */
    void update(LocationView l, Instant at) {
        jdbc.sql("""
                UPDATE locations SET name = :name, type = :type, line1 = :line1, line2 = :line2, city = :city,
                       region = :region, postal_code = :postalCode, country = :country, latitude = :lat,
                       longitude = :lon, priority = :priority, active = :active, updated_at = :at
                WHERE id = :id""")
                .param("id", l.id()).param("name", l.name()).param("type", l.type().name())
                .param("line1", l.address().line1()).param("line2", l.address().line2())
                .param("city", l.address().city()).param("region", l.address().region())
                .param("postalCode", l.address().postalCode()).param("country", l.address().country())
                .param("lat", l.latitude()).param("lon", l.longitude()).param("priority", l.priority())
                .param("active", l.active()).param("at", Times.db(at))
                .update();
    }

    /** The location, locked until the transaction ends so concurrent edits do not interleave. */
    Optional<LocationView> findByCodeForUpdate(String code) {
        return jdbc.sql(SELECT + " WHERE code = :code FOR UPDATE").param("code", code)
                .query(LocationRepository::map).optional();
    }

    Optional<LocationView> findByCode(String code) {
        return jdbc.sql(SELECT + " WHERE code = :code").param("code", code).query(LocationRepository::map).optional();
    }

    List<LocationView> findAll() {
        return jdbc.sql(SELECT + " ORDER BY priority, code").query(LocationRepository::map).list();
    }

    private static final String SELECT = """
            SELECT id, code, name, type, line1, line2, city, region, postal_code, country, latitude, longitude,
                   priority, active, created_at FROM locations""";

    private static LocationView map(ResultSet rs, int row) throws SQLException {
        return new LocationView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                LocationType.valueOf(rs.getString("type")),
                new Address(rs.getString("line1"), rs.getString("line2"), rs.getString("city"), rs.getString("region"),
                        rs.getString("postal_code"), rs.getString("country")),
                rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class),
                rs.getInt("priority"), rs.getBoolean("active"), Times.read(rs, "created_at"));
    }
}
