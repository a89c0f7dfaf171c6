package io.shipshape.notifications;

import java.util.Map;

import io.shipshape.fulfillment.FulfillmentDelivered;
import io.shipshape.fulfillment.FulfillmentShipped;
import io.shipshape.fulfillment.ReadyForPickup;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.stereotype.Component;

/**
 * Emails for the fulfillment module's events, one per fulfillment order: shipped (with the carrier's tracking
 * link), delivered, and ready for pickup (with the store's address). A hand-over without a carrier (a pickup or a
 * POS sale leaving the store) is no "on its way" moment, so it sends no shipped email.
 */
@Component
class FulfillmentNotificationListener {

    private final Notifier notifier;
    private final PickupStores stores;

    FulfillmentNotificationListener(Notifier notifier, PickupStores stores) {
        this.notifier = notifier;
        this.stores = stores;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(FulfillmentShipped event) {
        if (event.carrier() == null) {
            return;
        }
        notifier.send(new Notice(NotificationType.SHIPPED, event.orderId(), event.fulfillmentId().toString(), false,
                order -> Map.of("shipment", new MailFacts.Shipment(event.carrier(), event.trackingNumber(),
                        event.trackingUrl(), event.lines() == null ? java.util.List.of() : event.lines().stream()
                        .map(l -> new MailFacts.Line(order.nameOf(l.sku()), l.sku(), l.quantity(), "")).toList()))));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(FulfillmentDelivered event) {
        notifier.send(Notice.of(NotificationType.DELIVERED, event.orderId(), event.fulfillmentId().toString()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ReadyForPickup event) {
        MailFacts.Pickup pickup = stores.pickup(event.location());
        notifier.send(new Notice(NotificationType.READY_FOR_PICKUP, event.orderId(), event.fulfillmentId().toString(),
                false, order -> Map.of("pickup", pickup)));
    }
}
