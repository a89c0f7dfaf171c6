package io.shipshape.payments;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks the gateways about open (PENDING/UNKNOWN) ledger rows older than a threshold (younger ones may still be
 * in flight) and records the answers; a row that never got an answer (a crash right after its claim) is sent again
 * with the same idempotency key. A decided authorisation is reported to order processing (which confirms the order,
 * and with capture at confirmation that captures it). Manual authorisations are not selected: only staff decide
 * them, and days of awaited bank transfers must not crowd card payments out of a pass. Safe on several servers at
 * once: recording is conditional on the row still being open.
 */
@Component
class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

    private final PaymentLedger ledger;
    private final PaymentRecorder recorder;

    Reconciliation(PaymentLedger ledger, PaymentRecorder recorder) {
        this.ledger = ledger;
        this.recorder = recorder;
    }

    /** One pass; answers how many rows were decided. */
    int reconcile(Duration olderThan) {
        List<PaymentTransaction> open = ledger.open(recorder.now().minus(olderThan), 500);
        int decided = 0;
        for (PaymentTransaction t : open) {
            try {
                PaymentTransaction answered = recorder.sendAndRecord(t, true);
                if (!answered.status().open()) {
                    decided++;
                }
            } catch (RuntimeException e) {
                log.warn("Could not reconcile payment transaction {}: {}", t.id(), e.toString());
            }
        }
        return decided;
    }
}
