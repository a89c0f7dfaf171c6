package io.shipshape.notifications;

import java.util.Map;
import java.util.function.Function;

import io.shipshape.orders.OrderId;

/**
 * One email to send because something happened to an order or on a customer's case. {@code reference} names the
 * event among the order's events of this type (the order itself, a fulfillment, a refund, a case's reply...): type,
 * order and reference form the send log's unique key, so one event is never emailed twice however often it is
 * delivered. {@code facts} makes the template variables of the event ({@code shipment}, {@code cancellation},
 * {@code refund}, {@code pickup}, {@code reply}) from the order as the email is composed (line names come from the
 * order, events carry SKUs); it gets null when there is no order.
 * <p>
 * {@code orderId} is null only for an email about no order (a reply on a case linked only to a customer): it then
 * goes to {@code recipient}, links no tracking page and is recorded in the send log but on no timeline.
 * {@code recipient} null means the order's customer; {@code topic} is what a case reply answers (its subject line).
 */
record Notice(NotificationType type, OrderId orderId, String reference, boolean partial,
              Function<MailFacts.Order, Map<String, Object>> facts, String recipient, String topic) {

    /** An email about an order, to its customer. */
    Notice(NotificationType type, OrderId orderId, String reference, boolean partial,
           Function<MailFacts.Order, Map<String, Object>> facts) {
        this(type, orderId, reference, partial, facts, null, null);
    }

    static Notice of(NotificationType type, OrderId orderId, String reference) {
        return new Notice(type, orderId, reference, false, order -> Map.of());
    }

    /** The subject line; {@code orderNumber} is null when the email is about no order. */
    String subject(String orderNumber) {
        return type.subject(orderNumber, partial, topic);
    }

    /** At most 200 characters: a long reference (a list of cancelled lines) is replaced by its SHA-256. */
    String dedupKey() {
        String ref = reference.length() <= 100 ? reference : sha256(reference);
        return type.name() + ":" + (orderId == null ? "no-order" : orderId) + ":" + ref;
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
