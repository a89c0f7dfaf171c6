package io.shipshape.integration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.shipshape.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of webhook endpoints ({@code webhook_endpoint}); deliveries live in {@link DeliveryRepository}. */
@Repository
class WebhookRepository {

    /** An endpoint with its secrets (only the dispatcher and rotation see them). */
    record Endpoint(WebhookView view, String secret, String previousSecret) {
    }

    private static final String COLUMNS = "id, url, description, event_types, secret, previous_secret, "
            + "previous_secret_expires_at, enabled, disabled_reason, disabled_at, failing_since, created_at, updated_at";

    private final JdbcClient jdbc;

    WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String url, String description, List<String> events, String secret, Instant now) {
        jdbc.sql("insert into webhook_endpoint (id, url, description, event_types, secret, enabled, created_at, "
                        + "updated_at) values (:id, :url, :description, :events, :secret, true, :now, :now)")
                .param("id", id).param("url", url).param("description", description)
                .param("events", String.join(",", events)).param("secret", secret).param("now", Times.db(now))
                .update();
    }

    Optional<Endpoint> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from webhook_endpoint where id = :id").param("id", id)
                .query(WebhookRepository::row).optional();
    }

    List<Endpoint> list() {
        return jdbc.sql("select " + COLUMNS + " from webhook_endpoint order by created_at, id")
                .query(WebhookRepository::row).list();
    }

    List<Endpoint> enabled() {
        return jdbc.sql("select " + COLUMNS + " from webhook_endpoint where enabled = true")
                .query(WebhookRepository::row).list();
    }

    /** Changes url, filter and description; enabling clears the disabled state and the failing streak. */
    void update(UUID id, String url, String description, List<String> events, boolean enabled, Instant now) {
        jdbc.sql("update webhook_endpoint set url = :url, description = :description, event_types = :events, "
                        + "updated_at = :now, enabled = :enabled, "
                        + "disabled_reason = case when :enabled then null else disabled_reason end, "
                        + "disabled_at = case when :enabled then null else coalesce(disabled_at, :now) end, "
                        + "failing_since = case when :enabled and enabled = false then null else failing_since end "
                        + "where id = :id")
                .param("id", id).param("url", url).param("description", description)
                .param("events", String.join(",", events)).param("enabled", enabled).param("now", Times.db(now))
                .update();
    }

    boolean delete(UUID id) {
        return jdbc.sql("delete from webhook_endpoint where id = :id").param("id", id).update() == 1;
    }

    void rotate(UUID id, String secret, String previous, Instant previousExpiresAt, Instant now) {
        jdbc.sql("update webhook_endpoint set secret = :secret, previous_secret = :previous, "
                        + "previous_secret_expires_at = :expires, updated_at = :now where id = :id")
                .param("id", id).param("secret", secret).param("previous", previous)
                .param("expires", Times.db(previousExpiresAt)).param("now", Times.db(now)).update();
    }

    /** Disables an enabled endpoint; false when it was already disabled (so the event is published once). */
    boolean disable(UUID id, String reason, Instant now) {
        return jdbc.sql("update webhook_endpoint set enabled = false, disabled_reason = :reason, disabled_at = :now, "
                        + "updated_at = :now where id = :id and enabled = true")
                .param("id", id).param("reason", reason).param("now", Times.db(now)).update() == 1;
    }

    /** Starts the failing streak (if none) and answers when it started. */
    Instant failing(UUID id, Instant now) {
        jdbc.sql("update webhook_endpoint set failing_since = coalesce(failing_since, :now) where id = :id")
                .param("id", id).param("now", Times.db(now)).update();
        return jdbc.sql("select failing_since from webhook_endpoint where id = :id").param("id", id)
                .query((rs, n) -> Times.read(rs, "failing_since")).optional().orElse(now);
    }

    void healthy(UUID id) {
        jdbc.sql("update webhook_endpoint set failing_since = null where id = :id and failing_since is not null")
                .param("id", id).update();
    }

    static Endpoint row(ResultSet rs, int n) throws SQLException {
        List<String> events = Arrays.stream(rs.getString("event_types").split(",")).filter(s -> !s.isBlank())
                .toList();
        WebhookView view = new WebhookView(rs.getObject("id", UUID.class), rs.getString("url"),
                rs.getString("description"), events, rs.getBoolean("enabled"), rs.getString("disabled_reason"),
                Times.read(rs, "disabled_at"), Times.read(rs, "failing_since"),
                Times.read(rs, "previous_secret_expires_at"), Times.read(rs, "created_at"),
                Times.read(rs, "updated_at"));
        return new Endpoint(view, rs.getString("secret"), rs.getString("previous_secret"));
    }
}
