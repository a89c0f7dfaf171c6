package io.shipshape.payments;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled side of payments: reconciliation and the unpaid-manual sweep every {@code jobs.every}. Switched
 * off with {@code shipshape.payments.jobs.enabled=false} (the test profile does; tests call
 * {@link PaymentManagement#reconcile} and {@link PaymentManagement#cancelUnpaidManualOrders} directly).
 */
@Component
@ConditionalOnProperty(name = "shipshape.payments.jobs.enabled", havingValue = "true", matchIfMissing = true)
class PaymentJobs {

    private static final Logger log = LoggerFactory.getLogger(PaymentJobs.class);

    private final PaymentManagement payments;
    private final PaymentsProperties properties;

    PaymentJobs(PaymentManagement payments, PaymentsProperties properties) {
        this.payments = payments;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${shipshape.payments.jobs.every:5m}",
            initialDelayString = "${shipshape.payments.jobs.every:5m}")
    void run() {
        int decided = payments.reconcile(properties.reconcileAfter());
        int cancelled = payments.cancelUnpaidManualOrders(payments.now());
        if (decided > 0 || cancelled > 0) {
            log.info("Payments: {} open transactions decided, {} unpaid manual orders cancelled", decided, cancelled);
        }
    }
}
