package io.shipshape.notifications;

/**
 * The customer emails Shipshape sends. {@code template} names the pair
 * {@code templates/notifications/mail/<template>.html} and {@code .txt}; the subject is built here so that the
 * preview, the send log and the timeline show the same line.
 */
public enum NotificationType {
    ORDER_CONFIRMATION("order-confirmation", "Order confirmation", "When an order is placed",
            "Thank you for your order %s"),
    SHIPPED("shipped", "Shipped", "When a parcel leaves with a carrier (with the carrier's tracking link)",
            "Your order %s is on its way"),
    DELIVERED("delivered", "Delivered", "When a parcel is delivered or an order is picked up",
            "Your order %s has been delivered"),
    CANCELLED("cancelled", "Cancelled", "When an order, or part of it, is cancelled",
            "Your order %s has been cancelled"),
    REFUNDED("refunded", "Refunded", "When money is refunded to the customer",
            "A refund for your order %s"),
    READY_FOR_PICKUP("ready-for-pickup", "Ready for pickup", "When a click-and-collect order waits at its store",
            "Your order %s is ready for pickup"),
    CASE_REPLY("case-reply", "Case reply", "When staff answer a customer's case (never for internal notes)",
            "Re: %s");

    private final String template;
    private final String label;
    private final String description;
    private final String subject;

    NotificationType(String template, String label, String description, String subject) {
        this.template = template;
        this.label = label;
        this.description = description;
        this.subject = subject;
    }

    public String template() {
        return template;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The subject line for this order; a partial cancellation says so. */
    public String subject(String orderNumber, boolean partial) {
        return subject(orderNumber, partial, null);
    }

    /**
     * The subject line; {@code topic} is what a case reply answers (the case's subject, on one line), followed by
     * the order's number when the case has an order ({@code orderNumber} null: it has none).
     */
    String subject(String orderNumber, boolean partial, String topic) {
        if (this == CASE_REPLY) {
            String about = topic == null ? "" : topic.strip().replaceAll("\\s+", " ");
            return subject.formatted(about) + (orderNumber == null ? "" : " (order " + orderNumber + ")");
        }
        if (this == CANCELLED && partial) {
            return "Part of your order " + orderNumber + " has been cancelled";
        }
        return subject.formatted(orderNumber);
    }

    /** The type whose template (or name) this is, or null. */
    public static NotificationType parse(String value) {
        for (NotificationType t : values()) {
            if (t.template.equalsIgnoreCase(value) || t.name().equalsIgnoreCase(value)) {
                return t;
            }
        }
        return null;
    }
}
