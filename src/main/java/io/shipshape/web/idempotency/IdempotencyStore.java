package io.shipshape.web.idempotency;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import io.shipshape.shared.Times;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Idempotency keys, one row per (API key, Idempotency-Key). A request first claims its key in a short
 * transaction of its own (state IN_FLIGHT with a claim token); it completes the claim in the same
 * transaction that commits its effects, so an acknowledged response and its stored replay are one fact.
 */
@Repository
class IdempotencyStore {

    sealed interface Claim {
    }

    record Claimed(UUID token) implements Claim {
    }

    record Replay(int status, String contentType, String location, String body) implements Claim {
    }

    record InFlight() implements Claim {
    }

    record Mismatch() implements Claim {
    }

    private record Row(String fingerprint, String state, UUID token, Instant lockedUntil, Instant createdAt,
                       int status, String contentType, String location, String body) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final boolean postgres;

    IdempotencyStore(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactionManager,
                     DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.postgres = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                DatabaseMetaData::getDatabaseProductName));
    }

    Claim claim(UUID apiKeyId, String key, String fingerprint, Duration inFlightTimeout, Duration retention) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Instant now = Times.now(clock);
            UUID token = UUID.randomUUID();
            try {
                insertClaim(apiKeyId, key, fingerprint, token, now, inFlightTimeout);
                return new Claimed(token);
            } catch (DuplicateKeyException taken) {
                Optional<Row> existing = find(apiKeyId, key);
                if (existing.isEmpty()) {
                    continue; // released or purged in between: try again
                }
                Row row = existing.get();
                if (row.createdAt().plus(retention).isBefore(now)) {
                    delete(apiKeyId, key, row.token());
                    continue;
                }
                if (!row.fingerprint().equals(fingerprint)) {
                    return new Mismatch();
                }
                if ("COMPLETE".equals(row.state())) {
                    return new Replay(row.status(), row.contentType(), row.location(), row.body());
                }
                if (row.lockedUntil().isBefore(now) && takeOver(apiKeyId, key, row.token(), token, now, inFlightTimeout)) {
                    return new Claimed(token); // the first request's server died mid-way; nothing of it committed
                }
                return new InFlight();
            }
        }
        return new InFlight();
    }

    /**
     * Inserts the claim in a short transaction of its own. On PostgreSQL it commits without waiting for the WAL
     * flush ({@code synchronous_commit = off}), saving one disk flush per request: the claim needs no durability of
     * its own, because if a crash loses it, nothing else of the request committed either — the request's own
     * (synchronous) commit flushes the WAL up to its commit record, and so this earlier claim too. A lost claim
     * only means a retry runs afresh, which is right when nothing was done.
     */
    private void insertClaim(UUID apiKeyId, String key, String fingerprint, UUID token, Instant now,
                             Duration inFlightTimeout) {
        transactions.executeWithoutResult(tx -> {
            if (postgres) {
                jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
            }
            jdbc.sql("""
                    INSERT INTO idempotency_keys (api_key_id, idem_key, fingerprint, state, claim_token,
                                                  locked_until, created_at)
                    VALUES (:apiKey, :key, :fp, 'IN_FLIGHT', :token, :lockedUntil, :now)""")
                    .param("apiKey", apiKeyId).param("key", key).param("fp", fingerprint).param("token", token)
                    .param("lockedUntil", Times.db(now.plus(inFlightTimeout))).param("now", Times.db(now))
                    .update();
        });
    }

    /** Marks the claim complete with the response to replay; false if the claim was lost meanwhile. */
    boolean complete(UUID apiKeyId, String key, UUID token, int status, String contentType, String location,
                     String body) {
        return jdbc.sql("""
                UPDATE idempotency_keys SET state = 'COMPLETE', response_status = :status,
                       response_content_type = :ct, response_location = :location, response_body = :body,
                       completed_at = :now
                WHERE api_key_id = :apiKey AND idem_key = :key AND claim_token = :token AND state = 'IN_FLIGHT'""")
                .param("status", status).param("ct", contentType).param("location", location).param("body", body)
                .param("now", Times.db(Times.now(clock))).param("apiKey", apiKeyId).param("key", key)
                .param("token", token).update() == 1;
    }

    /** Gives the key back (the request failed and changed nothing), so a retry runs afresh. */
    void release(UUID apiKeyId, String key, UUID token) {
        jdbc.sql("""
                DELETE FROM idempotency_keys
                WHERE api_key_id = :apiKey AND idem_key = :key AND claim_token = :token AND state = 'IN_FLIGHT'""")
                .param("apiKey", apiKeyId).param("key", key).param("token", token).update();
    }

    int purgeOlderThan(Instant cutoff) {
        return jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < :cutoff")
                .param("cutoff", Times.db(cutoff)).update();
    }

    private boolean takeOver(UUID apiKeyId, String key, UUID oldToken, UUID newToken, Instant now, Duration timeout) {
        return jdbc.sql("""
                UPDATE idempotency_keys SET claim_token = :newToken, locked_until = :lockedUntil
                WHERE api_key_id = :apiKey AND idem_key = :key AND claim_token = :oldToken AND state = 'IN_FLIGHT'""")
                .param("newToken", newToken).param("lockedUntil", Times.db(now.plus(timeout)))
                .param("apiKey", apiKeyId).param("key", key).param("oldToken", oldToken).update() == 1;
    }

    private void delete(UUID apiKeyId, String key, UUID token) {
        jdbc.sql("DELETE FROM idempotency_keys WHERE api_key_id = :apiKey AND idem_key = :key AND claim_token = :token")
                .param("apiKey", apiKeyId).param("key", key).param("token", token).update();
    }

    private Optional<Row> find(UUID apiKeyId, String key) {
        return jdbc.sql("""
                SELECT fingerprint, state, claim_token, locked_until, created_at, response_status,
                       response_content_type, response_location, response_body
                FROM idempotency_keys WHERE api_key_id = :apiKey AND idem_key = :key""")
                .param("apiKey", apiKeyId).param("key", key)
                .query((rs, n) -> new Row(rs.getString("fingerprint"), rs.getString("state"),
                        rs.getObject("claim_token", UUID.class), Times.read(rs, "locked_until"),
                        Times.read(rs, "created_at"), rs.getInt("response_status"),
                        rs.getString("response_content_type"), rs.getString("response_location"),
                        rs.getString("response_body")))
                .optional();
    }
}
