package io.shipshape.web.security;

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

/** Persistence of API keys: only the SHA-256 of a key's secret is stored, never the key. */
@Repository
class ApiKeyRepository {

    record StoredKey(UUID id, String name, String prefix, Set<Scope> scopes, Instant createdAt,
                     String createdBy, Instant revokedAt, Instant lastUsedAt) {
        boolean active() {
            return revokedAt == null;
        }
    }

    private final JdbcClient jdbc;

    ApiKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredKey key, String secretHash) {
        jdbc.sql("""
                INSERT INTO api_keys (id, name, prefix, secret_hash, scopes, created_at, created_by)
                VALUES (:id, :name, :prefix, :hash, :scopes, :createdAt, :createdBy)""")
                .param("id", key.id()).param("name", key.name()).param("prefix", key.prefix())
                .param("hash", secretHash).param("scopes", join(key.scopes()))
                .param("createdAt", Times.db(key.createdAt())).param("createdBy", key.createdBy())
                .update();
    }

    Optional<StoredKey> findByHash(String secretHash) {
        return jdbc.sql(SELECT + " WHERE secret_hash = :hash").param("hash", secretHash)
                .query(ApiKeyRepository::map).optional();
    }

    Optional<StoredKey> findById(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(ApiKeyRepository::map).optional();
    }

    List<StoredKey> findAll() {
        return jdbc.sql(SELECT + " ORDER BY created_at DESC").query(ApiKeyRepository::map).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM api_keys").query(Long.class).single();
    }

    boolean revoke(UUID id, Instant at) {
        return jdbc.sql("UPDATE api_keys SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .param("at", Times.db(at)).param("id", id).update() == 1;
    }

    void touch(UUID id, Instant at) {
        jdbc.sql("UPDATE api_keys SET last_used_at = :at WHERE id = :id").param("at", Times.db(at)).param("id", id).update();
    }

    private static final String SELECT = """
            SELECT id, name, prefix, scopes, created_at, created_by, revoked_at, last_used_at FROM api_keys""";

    private static StoredKey map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredKey(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("prefix"),
                split(rs.getString("scopes")), Times.read(rs, "created_at"), rs.getString("created_by"),
                Times.read(rs, "revoked_at"), Times.read(rs, "last_used_at"));
    }

    private static String join(Set<Scope> scopes) {
        return scopes.stream().map(Scope::value).sorted().collect(Collectors.joining(" "));
    }

    private static Set<Scope> split(String scopes) {
        Set<Scope> set = EnumSet.noneOf(Scope.class);
        Arrays.stream(scopes.split(" ")).map(Scope::parse).flatMap(Optional::stream).forEach(set::add);
        return set;
    }
}
