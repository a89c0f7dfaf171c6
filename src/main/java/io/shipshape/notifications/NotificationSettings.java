package io.shipshape.notifications;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.shipshape.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The per-type switches ({@code notification_settings}); a type without a row is on. Read on every email (one
 * primary-key lookup), so a switch takes effect on every server at once.
 */
@Repository
class NotificationSettings {

    private final JdbcClient jdbc;

    NotificationSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean enabled(NotificationType type) {
        return jdbc.sql("SELECT enabled FROM notification_settings WHERE type = :t").param("t", type.name())
                .query(Boolean.class).optional().orElse(true);
    }

    List<NotificationSetting> all() {
        Map<NotificationType, NotificationSetting> stored = jdbc.sql("SELECT * FROM notification_settings")
                .query((rs, n) -> new NotificationSetting(NotificationType.valueOf(rs.getString("type")),
                        rs.getBoolean("enabled"), Times.read(rs, "updated_at"), rs.getString("updated_by")))
                .list().stream().collect(Collectors.toMap(NotificationSetting::type, Function.identity()));
        return Arrays.stream(NotificationType.values())
                .map(t -> stored.getOrDefault(t, new NotificationSetting(t, true, null, null))).toList();
    }

    /** Sets the switch: an update, else an insert; a concurrent first insert is then updated over. */
    void set(NotificationType type, boolean enabled, String actor, Instant now) {
        if (update(type, enabled, actor, now) > 0) {
            return;
        }
        int inserted = jdbc.sql("""
                INSERT INTO notification_settings (type, enabled, updated_at, updated_by)
                VALUES (:t, :e, :now, :by) ON CONFLICT DO NOTHING""")
                .param("t", type.name()).param("e", enabled).param("now", Times.db(now)).param("by", actor).update();
        if (inserted == 0) {
            update(type, enabled, actor, now);
        }
    }

    private int update(NotificationType type, boolean enabled, String actor, Instant now) {
        return jdbc.sql("UPDATE notification_settings SET enabled = :e, updated_at = :now, updated_by = :by WHERE type = :t")
                .param("t", type.name()).param("e", enabled).param("now", Times.db(now)).param("by", actor).update();
    }
}
