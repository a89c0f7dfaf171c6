package io.shipshape.notifications;

import java.util.Map;
import java.util.function.Function;

import io.shipshape.orders.OrderId;

/**
 * One email to send because something happened to an order. {@code reference} names the event among the order's
 * events of this type (the order itself, a fulfillment, a refund...): type, order and reference form the send
 * log's unique key, so one event is never emailed twice however often it is delivered. {@code facts} makes the
 * template variables of the event ({@code shipment}, {@code cancellation}, {@code refund}, {@code pickup}) from
 * the order as the email is composed (line names come from the order, events carry SKUs).
 */
record Notice(NotificationType type, OrderId orderId, String reference, boolean partial,
              Function<MailFacts.Order, Map<String, Object>> facts) {

    static Notice of(NotificationType type, OrderId orderId, String reference) {
        return new Notice(type, orderId, reference, false, order -> Map.of());
    }

    /** At most 200 characters: a long reference (a list of cancelled lines) is replaced by its SHA-256. */
    String dedupKey() {
        String ref = reference.length() <= 100 ? reference : sha256(reference);
        return type.name() + ":" + orderId + ":" + ref;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
