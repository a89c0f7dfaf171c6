package io.shipshape.notifications;

/** An email as it would be sent, for staff to look at; {@code sample} when made from sample data, not an order. */
public record Preview(NotificationType type, String orderNumber, boolean sample, String subject, String html,
                      String text) {
}
