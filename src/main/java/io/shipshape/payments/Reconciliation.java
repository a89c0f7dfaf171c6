package io.shipshape.payments;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks the gateways about open (PENDING/UNKNOWN) ledger rows older than a threshold (younger ones may still be
 * in flight) and records the answers; a row that never got an answer (a crash right after its claim) is sent again
 * with the same idempotency key. A decided authorisation is reported to order processing; with capture at
 * confirmation, a now successful authorisation is captured. Manual authorisations are skipped: only staff decide
 * them. Safe on several servers at once: recording is conditional on the row still being open.
 */
@Component
class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

    private final PaymentLedger ledger;
    private final PaymentRecorder recorder;
    private final Captures captures;
    private final PaymentsProperties properties;

    Reconciliation(PaymentLedger ledger, PaymentRecorder recorder, Captures captures, PaymentsProperties properties) {
        this.ledger = ledger;
        this.recorder = recorder;
        this.captures = captures;
        this.properties = properties;
    }

    /** One pass; answers how many rows were decided. */
    int reconcile(Duration olderThan) {
        List<PaymentTransaction> open = ledger.open(recorder.now().minus(olderThan), 500);
        int decided = 0;
        for (PaymentTransaction t : open) {
            if (t.kind() == TransactionKind.AUTHORIZATION && "manual".equals(t.gateway())) {
                continue;
            }
            try {
                PaymentTransaction answered = recorder.sendAndRecord(t, true);
                if (!answered.status().open()) {
                    decided++;
                }
                if (answered.kind() == TransactionKind.AUTHORIZATION && answered.status() == TransactionStatus.SUCCESS
                        && properties.captureOn() == PaymentsProperties.CaptureOn.CONFIRMATION) {
                    captures.captureRemaining(answered.orderId(), "confirmation", "system:payments");
                }
            } catch (RuntimeException e) {
                log.warn("Could not reconcile payment transaction {}: {}", t.id(), e.toString());
            }
        }
        return decided;
    }
}
