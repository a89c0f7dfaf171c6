package io.shipshape.notifications;

import java.util.List;
import java.util.Map;

import io.shipshape.inventory.LocationType;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.orders.OrderView;
import org.springframework.stereotype.Component;

/**
 * Composes an email for the back office's preview, with the same templates as a real send: for a real order
 * (its lines, totals and tracking link) or for a sample one. The event's own facts (carrier, refund amount, a case
 * reply's message...) are examples, since a preview has no event.
 */
@Component
class Previews {

    private static final MailFacts.Reply SAMPLE_REPLY = MailFacts.Reply.of("Where is my parcel?", """
            Thank you for your patience. Your parcel left our warehouse this morning.

            You can follow it with the link below; it should reach you in two to three days.""");
    private static final MailFacts.Order SAMPLE = new MailFacts.Order("SO-1000042", "Alex", List.of(
            new MailFacts.Line("Canvas tote bag", "TOTE-NAT", 2, "39.80 USD"),
            new MailFacts.Line("Enamel mug", "MUG-WHT", 1, "12.00 USD")),
            "51.80 USD", "0.00 USD", "4.90 USD", "0.00 USD", "56.70 USD", false);

    private final MailRenderer renderer;
    private final Notifier notifier;
    private final NotificationsProperties properties;
    private final InventoryManagement inventory;

    Previews(MailRenderer renderer, Notifier notifier, NotificationsProperties properties,
             InventoryManagement inventory) {
        this.renderer = renderer;
        this.notifier = notifier;
        this.properties = properties;
        this.inventory = inventory;
    }

    Preview of(NotificationType type, OrderView order) {
        MailFacts.Order facts = order == null ? SAMPLE : MailFacts.Order.of(order);
        String link = notifier.trackingUrl(order == null ? "sample-tracking-token" : order.trackingToken());
        MailRenderer.Rendered mail = renderer.render(type, type.subject(facts.number(), false,
                SAMPLE_REPLY.subject()), facts, link, properties.shopName(), false, exampleFacts(type, facts, order));
        return new Preview(type, facts.number(), order == null, mail.subject(), mail.html(), mail.text());
    }

    private Map<String, Object> exampleFacts(NotificationType type, MailFacts.Order order, OrderView real) {
        List<MailFacts.Line> lines = order.lines().stream()
                .map(l -> new MailFacts.Line(l.name(), l.sku(), l.quantity(), "")).toList();
        return switch (type) {
            case ORDER_CONFIRMATION, DELIVERED -> Map.of();
            case SHIPPED -> Map.of("shipment", new MailFacts.Shipment("DHL", "00340434161234567890",
                    "https://www.dhl.com/en/express/tracking.html?AWB=00340434161234567890", lines));
            case CANCELLED -> Map.of("cancellation", new MailFacts.Cancellation(true, lines, order.total()));
            case REFUNDED -> Map.of("refund", new MailFacts.Refund(order.total()));
            case READY_FOR_PICKUP -> Map.of("pickup", pickupOf(real));
            case CASE_REPLY -> Map.of("reply", SAMPLE_REPLY);
        };
    }

    /** The order's store when it is one, else an example store. */
    private MailFacts.Pickup pickupOf(OrderView order) {
        if (order != null && order.locationCode() != null) {
            var location = inventory.locations().stream().filter(l -> l.code().equals(order.locationCode()))
                    .filter(l -> l.type() == LocationType.STORE).findFirst();
            if (location.isPresent()) {
                return new MailFacts.Pickup(location.get().name(), PickupStores.addressLines(location.get().address()));
            }
        }
        return new MailFacts.Pickup("Shipshape Store Mitte", List.of("Rosenthaler Str. 1", "10119 Berlin", "DE"));
    }
}
