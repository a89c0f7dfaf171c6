package io.shipshape.notifications;

import java.time.Instant;

/** Whether one email type is sent; {@code updatedAt}/{@code updatedBy} are null while it has its default (on). */
public record NotificationSetting(NotificationType type, boolean enabled, Instant updatedAt, String updatedBy) {
}
