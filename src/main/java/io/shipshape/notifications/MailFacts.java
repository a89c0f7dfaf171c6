package io.shipshape.notifications;

import java.util.List;

import io.shipshape.orders.OrderView;
import io.shipshape.shared.Money;

/**
 * What the mail templates see, as plain strings a person reads: the order (number, name, lines, totals) and the
 * facts of the event behind one email (a shipment, a cancellation, a refund, a pickup store, a case reply). Built
 * from the order as it is when the email is composed, so the templates never reach into the domain.
 */
final class MailFacts {

    private MailFacts() {
    }

    record Order(String number, String customerName, List<Line> lines, String subtotal, String discount,
                 String shipping, String tax, String total, boolean discounted) {

        static Order of(OrderView o) {
            OrderView.Totals t = o.totals();
            return new Order(o.number(), firstName(o.customer().name()),
                    o.lines().stream().map(l -> new Line(l.name(), l.sku(), l.quantity(), l.lineTotal().format()))
                            .toList(),
                    t.subtotal().format(), t.discount().format(), t.shipping().format(), t.tax().format(),
                    t.total().format(), t.discount().amountMinor() != 0);
        }

        /** The name of a line's SKU on this order, or the SKU when the order has no such line. */
        String nameOf(String sku) {
            return lines.stream().filter(l -> l.sku().equals(sku)).map(Line::name).findFirst().orElse(sku);
        }

        private static String firstName(String name) {
            if (name == null || name.isBlank()) {
                return "there";
            }
            return name.strip().split("\\s+")[0];
        }
    }

    /** A line of the order or of an event; {@code total} is empty where the event carries no price. */
    record Line(String name, String sku, int quantity, String total) {
    }

    /** A parcel handed to a carrier. */
    record Shipment(String carrier, String trackingNumber, String trackingUrl, List<Line> lines) {
    }

    /** Quantities cancelled; {@code amount} is what the customer is not charged (or gets back). */
    record Cancellation(boolean whole, List<Line> lines, String amount) {
    }

    record Refund(String amount) {

        static Refund of(Money amount) {
            return new Refund(amount.format());
        }
    }

    /** The store where a click-and-collect order waits, and how to collect it. */
    record Pickup(String storeName, List<String> address) {
    }

    /**
     * Staff's answer on a case: the case's subject and the message, as written ({@code text}, for the text part)
     * and as paragraphs of lines (for the HTML part, which shows the line breaks). Never who wrote it: staff names
     * stay inside the shop.
     */
    record Reply(String subject, String text, List<List<String>> paragraphs) {

        static Reply of(String subject, String text) {
            String body = text.strip().replace("\r\n", "\n").replace('\r', '\n');
            List<List<String>> paragraphs = java.util.Arrays.stream(body.split("\n\\s*\n"))
                    .map(p -> p.strip().lines().map(String::stripTrailing).toList()).filter(p -> !p.isEmpty()).toList();
            return new Reply(subject, body, paragraphs);
        }
    }
}
