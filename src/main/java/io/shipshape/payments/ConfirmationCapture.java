package io.shipshape.payments;

import io.shipshape.orders.OrderEvents.OrderStatusChanged;
import io.shipshape.orders.OrderStatus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@code shipshape.payments.capture-on: CONFIRMATION}: the whole authorisation is captured when the order is
 * CONFIRMED, whether processing confirmed it at once, after a pending authorisation was settled, or when staff
 * released it from review (an authorisation flagged for review is not charged while the order waits on hold). A
 * cancelled order is never confirmed afterwards, so its money is only ever voided. Only registered with that setting,
 * so the default (capture per shipment) pays nothing for it on every status change.
 */
@Component
@ConditionalOnProperty(prefix = "shipshape.payments", name = "capture-on", havingValue = "CONFIRMATION")
class ConfirmationCapture {

    static final String REQUEST_KEY = "confirmation";

    private final Captures captures;

    ConfirmationCapture(Captures captures) {
        this.captures = captures;
    }

    // After commit and asynchronous, kept by the event publication registry until it succeeded, without a
    // surrounding transaction (the gateway is called outside any): like Cancellations.
    @Async
    @TransactionalEventListener
    void on(OrderStatusChanged event) {
        if (event.to() == OrderStatus.CONFIRMED) {
            captures.captureRemaining(event.orderId(), REQUEST_KEY, "system:payments");
        }
    }
}
