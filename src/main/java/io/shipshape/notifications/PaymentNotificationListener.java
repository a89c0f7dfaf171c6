package io.shipshape.notifications;

import java.util.Map;

import io.shipshape.payments.PaymentEvents.RefundCreated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.stereotype.Component;

/** The refund email, one per refund paid out (the refund's id is the send log's reference). */
@Component
class PaymentNotificationListener {

    private final Notifier notifier;

    PaymentNotificationListener(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RefundCreated event) {
        notifier.send(new Notice(NotificationType.REFUNDED, event.orderId(), event.refundId().toString(), false,
                order -> Map.of("refund", MailFacts.Refund.of(event.amount()))));
    }
}
