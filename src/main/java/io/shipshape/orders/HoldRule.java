package io.shipshape.orders;

import java.time.Instant;
import java.util.UUID;

/**
 * A hold rule staff define without code: when {@code condition} matches a new order, {@code action} applies (hold
 * for review with a reason code, add a tag, or raise the priority).
 */
public record HoldRule(UUID id, String name, boolean enabled, HoldCondition condition, Action action,
                       Instant createdAt, Instant updatedAt) {

    public enum ActionType {
        HOLD, TAG, PRIORITY
    }

    /** {@code reason} for HOLD, {@code tag} for TAG, {@code priority} for PRIORITY. */
    public record Action(ActionType type, String reason, String tag, Integer priority) {
    }
}
