package io.shipshape.web.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.shipshape.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of staff users; passwords are stored only as their encoded hash. */
@Repository
class StaffUserRepository {

    record StaffUser(UUID id, String username, String displayName, String passwordHash, Set<Role> roles,
                     boolean enabled, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    StaffUserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StaffUser user) {
        jdbc.sql("""
                INSERT INTO staff_users (id, username, display_name, password_hash, roles, enabled, created_at)
                VALUES (:id, :username, :displayName, :hash, :roles, :enabled, :createdAt)""")
                .param("id", user.id()).param("username", user.username()).param("displayName", user.displayName())
                .param("hash", user.passwordHash()).param("roles", join(user.roles()))
                .param("enabled", user.enabled()).param("createdAt", Times.db(user.createdAt()))
                .update();
    }

    Optional<StaffUser> findByUsername(String username) {
        return jdbc.sql(SELECT + " WHERE username = :u").param("u", username.toLowerCase())
                .query(StaffUserRepository::map).optional();
    }

    List<StaffUser> findAll() {
        return jdbc.sql(SELECT + " ORDER BY username").query(StaffUserRepository::map).list();
    }

    void update(String username, boolean enabled, Set<Role> roles) {
        jdbc.sql("UPDATE staff_users SET enabled = :enabled, roles = :roles WHERE username = :u")
                .param("enabled", enabled).param("roles", join(roles)).param("u", username).update();
    }

    void updatePassword(String username, String hash) {
        jdbc.sql("UPDATE staff_users SET password_hash = :hash WHERE username = :u")
                .param("hash", hash).param("u", username).update();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM staff_users").query(Long.class).single();
    }

    private static final String SELECT =
            "SELECT id, username, display_name, password_hash, roles, enabled, created_at FROM staff_users";

    private static StaffUser map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString("roles").split(" ")).filter(s -> !s.isBlank()).map(Role::valueOf)
                .forEach(roles::add);
        return new StaffUser(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), roles, rs.getBoolean("enabled"), Times.read(rs, "created_at"));
    }

    private static String join(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(" "));
    }
}
