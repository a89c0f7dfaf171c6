package io.shipshape.payments;

import io.shipshape.orders.OrderLifecycle;
import io.shipshape.orders.PaymentStatus;
import io.shipshape.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reports to orders after payments committed, each in its own transaction: the derived payment status, and a
 * decided authorisation that processing was waiting for. After commit rather than inside the recording
 * transaction because orders may hold its order row while it calls payments (authorisation, a shipment's capture):
 * updating that row from inside payments' transaction could deadlock against the caller.
 */
@Component
class OrderNotifications {

    private static final Logger log = LoggerFactory.getLogger(OrderNotifications.class);

    private final PaymentLedger ledger;
    private final OrderLifecycle lifecycle;

    OrderNotifications(PaymentLedger ledger, OrderLifecycle lifecycle) {
        this.ledger = ledger;
        this.lifecycle = lifecycle;
    }

    /**
     * Pushes the status as it is NOW, not as the event saw it, and pushes again if it changed meanwhile: two of
     * these running at once for one order can therefore not leave an older status last.
     */
    @ApplicationModuleListener
    void on(PaymentSignals.StatusDerived event) {
        for (int attempt = 0; attempt < 5; attempt++) {
            PaymentStatus current = ledger.find(event.orderId()).orElseThrow().status;
            lifecycle.paymentStatusChanged(event.orderId(), current);
            if (ledger.find(event.orderId()).orElseThrow().status == current) {
                return;
            }
        }
    }

    @ApplicationModuleListener
    void on(PaymentSignals.AuthorizationSettled event) {
        try {
            lifecycle.paymentSettled(event.orderId(), event.outcome(), event.actor());
        } catch (DomainException e) {
            // The order moved on meanwhile (cancelled, say): nothing waits for this answer any more.
            log.info("Order {} did not take the payment answer {}: {}", event.orderId(), event.outcome(),
                    e.getMessage());
        }
    }
}
