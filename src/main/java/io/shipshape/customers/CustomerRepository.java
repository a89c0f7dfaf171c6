package io.shipshape.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.shipshape.shared.Times;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL of the customers module: the {@code customers} table. Emails arrive here already normalised. */
@Repository
class CustomerRepository {

    private static final String SELECT = "SELECT id, email, name, phone, blocked, created_at FROM customers";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CustomerRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The customers with these (normalised) emails, keyed by email (one round trip). */
    Map<String, CustomerView> findByEmails(Collection<String> emails) {
        Map<String, CustomerView> found = new HashMap<>();
        jdbc.sql(SELECT + " WHERE email IN (:emails)").param("emails", emails).query(CustomerRepository::map)
                .list().forEach(c -> found.put(c.email(), c));
        return found;
    }

    /**
     * {@link #insertIfAbsent} for many customers in one batch (one round trip). Whether each was inserted is not
     * reported reliably by every driver for batches, so the caller reads the emails back.
     */
    void insertAllIfAbsent(List<CustomerView> customers) {
        template.batchUpdate("""
                INSERT INTO customers (id, email, name, phone, blocked, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", customers, customers.size(), (ps, c) -> {
            ps.setObject(1, c.id().value());
            ps.setString(2, c.email());
            ps.setString(3, c.name());
            ps.setString(4, c.phone());
            ps.setBoolean(5, c.blocked());
            ps.setObject(6, Times.db(c.createdAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setObject(7, Times.db(c.createdAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        });
    }

    /**
     * Inserts the customer unless the email exists, in one statement that never fails the transaction: when
     * another transaction is inserting the same email, it waits for that one to end and then does nothing
     * (if it committed). {@code ON CONFLICT} has no target because H2's PostgreSQL mode does not accept one;
     * the id is fresh, so the only possible conflict is the email.
     */
    boolean insertIfAbsent(CustomerView c) {
        Instant at = c.createdAt();
        return jdbc.sql("""
                INSERT INTO customers (id, email, name, phone, blocked, created_at, updated_at)
                VALUES (:id, :email, :name, :phone, :blocked, :createdAt, :updatedAt)
                ON CONFLICT DO NOTHING""")
                .param("id", c.id().value()).param("email", c.email()).param("name", c.name())
                .param("phone", c.phone()).param("blocked", c.blocked())
                .param("createdAt", Times.db(at)).param("updatedAt", Times.db(at))
                .update() == 1;
    }

    /**
     * Writes a customer's email, name and phone. False when the email belongs to another customer (a concurrent
     * change won the race past the caller's check): the unique index refuses it, and the caller rolls back.
     */
    boolean update(CustomerView c, Instant at) {
        try {
            return jdbc.sql("UPDATE customers SET email = :email, name = :name, phone = :phone, updated_at = :at"
                            + " WHERE id = :id")
                    .param("id", c.id().value()).param("email", c.email()).param("name", c.name())
                    .param("phone", c.phone()).param("at", Times.db(at))
                    .update() == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    void setBlocked(UUID id, boolean blocked, Instant at) {
        jdbc.sql("UPDATE customers SET blocked = :b, updated_at = :at WHERE id = :id")
                .param("b", blocked).param("at", Times.db(at)).param("id", id).update();
    }

    Optional<CustomerView> findById(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(CustomerRepository::map).optional();
    }

    Optional<CustomerView> findByEmail(String email) {
        return jdbc.sql(SELECT + " WHERE email = :email").param("email", email)
                .query(CustomerRepository::map).optional();
    }

    /**
     * One page in email order after {@code afterEmail}; with a {@code term} (lower-case), only emails starting
     * with it or names containing it. The email index gives the order and serves the prefix.
     */
    List<CustomerView> search(String term, String afterEmail, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        if (afterEmail != null) {
            sql.append(" AND email > :after");
        }
        if (term != null) {
            sql.append(" AND (email LIKE :prefix ESCAPE '\\' OR LOWER(name) LIKE :contains ESCAPE '\\')");
        }
        var statement = jdbc.sql(sql.append(" ORDER BY email LIMIT :limit").toString()).param("limit", limit);
        if (afterEmail != null) {
            statement = statement.param("after", afterEmail);
        }
        if (term != null) {
            String escaped = escapeLike(term);
            statement = statement.param("prefix", escaped + "%").param("contains", "%" + escaped + "%");
        }
        return statement.query(CustomerRepository::map).list();
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static CustomerView map(ResultSet rs, int row) throws SQLException {
        return new CustomerView(new CustomerId(rs.getObject("id", UUID.class)), rs.getString("email"),
                rs.getString("name"), rs.getString("phone"), rs.getBoolean("blocked"), Times.read(rs, "created_at"));
    }
}
