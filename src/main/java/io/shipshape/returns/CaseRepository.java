package io.shipshape.returns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.shipshape.customers.CustomerId;
import io.shipshape.orders.OrderId;
import io.shipshape.shared.Cursor;
import io.shipshape.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL of cases: the {@code cases} and {@code case_messages} tables. */
@Repository
class CaseRepository {

    private static final String SELECT = "SELECT id, order_id, order_number, customer_id, customer_email, subject,"
            + " status, assignee, opened_by, waiting_since, created_at, updated_at FROM cases";

    /** Filters of the case list; null means any. */
    record Filter(CaseStatus status, String assignee, OrderId orderId, String customerEmail) {
    }

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CaseView c) {
        jdbc.sql("""
                INSERT INTO cases (id, order_id, order_number, customer_id, customer_email, subject, status, assignee,
                                   opened_by, waiting_since, created_at, updated_at)
                VALUES (:id, :orderId, :orderNumber, :customerId, :email, :subject, :status, :assignee, :openedBy,
                        :waitingSince, :createdAt, :updatedAt)""")
                .param("id", c.id().value())
                .param("orderId", c.orderId() == null ? null : c.orderId().value())
                .param("orderNumber", c.orderNumber())
                .param("customerId", c.customerId() == null ? null : c.customerId().value())
                .param("email", c.customerEmail()).param("subject", c.subject()).param("status", c.status().name())
                .param("assignee", c.assignee()).param("openedBy", c.openedBy())
                .param("waitingSince", Times.db(c.waitingSince())).param("createdAt", Times.db(c.createdAt()))
                .param("updatedAt", Times.db(c.updatedAt()))
                .update();
    }

    void insertMessage(CaseId caseId, CaseView.Message m) {
        jdbc.sql("""
                INSERT INTO case_messages (id, case_id, author, from_customer, internal, body, created_at)
                VALUES (:id, :caseId, :author, :fromCustomer, :internal, :body, :at)""")
                .param("id", m.id()).param("caseId", caseId.value()).param("author", m.author())
                .param("fromCustomer", m.fromCustomer()).param("internal", m.internal()).param("body", m.text())
                .param("at", Times.db(m.at()))
                .update();
    }

    /** The case, its row locked until the transaction ends (messages and status changes are serialised). */
    Optional<CaseView> lock(CaseId id) {
        return jdbc.sql(SELECT + " WHERE id = :id FOR UPDATE").param("id", id.value())
                .query(CaseRepository::map).optional();
    }

    Optional<CaseView> find(CaseId id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id.value()).query(CaseRepository::map).optional();
    }

    void updateState(CaseId id, CaseStatus status, String assignee, Instant waitingSince, Instant at) {
        jdbc.sql("UPDATE cases SET status = :status, assignee = :assignee, waiting_since = :waitingSince,"
                        + " updated_at = :at WHERE id = :id")
                .param("id", id.value()).param("status", status.name()).param("assignee", assignee)
                .param("waitingSince", Times.db(waitingSince)).param("at", Times.db(at))
                .update();
    }

    List<CaseView.Message> messages(CaseId id) {
        return jdbc.sql("SELECT id, author, from_customer, internal, body, created_at FROM case_messages"
                        + " WHERE case_id = :id ORDER BY created_at, id")
                .param("id", id.value())
                .query((rs, n) -> new CaseView.Message(rs.getObject("id", UUID.class), rs.getString("author"),
                        rs.getBoolean("from_customer"), rs.getBoolean("internal"), rs.getString("body"),
                        Times.read(rs, "created_at")))
                .list();
    }

    /** One page, longest waiting first (keyset on waiting_since, id), without messages. */
    List<CaseView> list(Filter filter, Cursor.TimeAndId after, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        if (filter.status() != null) {
            sql.append(" AND status = :status");
        }
        if (filter.assignee() != null) {
            sql.append(filter.assignee().isEmpty() ? " AND assignee IS NULL" : " AND assignee = :assignee");
        }
        if (filter.orderId() != null) {
            sql.append(" AND order_id = :orderId");
        }
        if (filter.customerEmail() != null) {
            sql.append(" AND customer_email = :email");
        }
        if (after != null) {
            sql.append(" AND (waiting_since > :t OR (waiting_since = :t AND id > :afterId))");
        }
        var spec = jdbc.sql(sql.append(" ORDER BY waiting_since, id LIMIT :limit").toString()).param("limit", limit);
        if (filter.status() != null) {
            spec = spec.param("status", filter.status().name());
        }
        if (filter.assignee() != null && !filter.assignee().isEmpty()) {
            spec = spec.param("assignee", filter.assignee());
        }
        if (filter.orderId() != null) {
            spec = spec.param("orderId", filter.orderId().value());
        }
        if (filter.customerEmail() != null) {
            spec = spec.param("email", filter.customerEmail());
        }
        if (after != null) {
            spec = spec.param("t", Times.db(after.time())).param("afterId", after.id());
        }
        return spec.query(CaseRepository::map).list();
    }

    private static CaseView map(ResultSet rs, int row) throws SQLException {
        UUID orderId = rs.getObject("order_id", UUID.class);
        UUID customerId = rs.getObject("customer_id", UUID.class);
        return new CaseView(new CaseId(rs.getObject("id", UUID.class)), orderId == null ? null : new OrderId(orderId),
                rs.getString("order_number"), customerId == null ? null : new CustomerId(customerId),
                rs.getString("customer_email"), rs.getString("subject"), CaseStatus.valueOf(rs.getString("status")),
                rs.getString("assignee"), rs.getString("opened_by"), Times.read(rs, "waiting_since"),
                Times.read(rs, "created_at"), Times.read(rs, "updated_at"), List.of());
    }
}
