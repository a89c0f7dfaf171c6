package io.shipshape.notifications;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

import io.shipshape.orders.OrderEvents.OrderCancelled;
import io.shipshape.orders.OrderEvents.OrderPlaced;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.stereotype.Component;

/**
 * Emails for the orders module's events: the order confirmation when an order is placed, and a cancellation email
 * for each cancellation (whole or of some lines). Runs after commit through the event publication registry.
 * The listeners run without a transaction of their own ({@code NOT_SUPPORTED}): {@link Notifier} opens short ones
 * around the send log, so a listener thread never holds one pooled connection while it waits for a second.
 */
@Component
class OrderNotificationListener {

    private final Notifier notifier;

    OrderNotificationListener(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderPlaced event) {
        notifier.send(Notice.of(NotificationType.ORDER_CONFIRMATION, event.orderId(), "placed"));
    }

    /**
     * The event has no id of its own, so its reference is what it cancelled: the whole order once, or the set of
     * line quantities and the reason (two identical partial cancellations with the same reason get one email).
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderCancelled event) {
        String reference = event.whole() ? "whole" : event.lines().stream()
                .sorted(Comparator.comparing(OrderCancelled.CancelledLine::sku))
                .map(l -> l.sku() + "x" + l.quantity()).collect(Collectors.joining(",")) + "|" + event.reason();
        notifier.send(new Notice(NotificationType.CANCELLED, event.orderId(), reference, !event.whole(),
                order -> Map.of("cancellation", new MailFacts.Cancellation(event.whole(),
                        event.lines() == null ? java.util.List.of() : event.lines().stream()
                                .map(l -> new MailFacts.Line(order.nameOf(l.sku()), l.sku(), l.quantity(), ""))
                                .toList(),
                        event.amount() == null ? "" : event.amount().format()))));
    }
}
