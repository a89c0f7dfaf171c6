package io.shipshape.payments;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code shipshape.payments.*}. {@code captureOn}: SHIPMENT (capture per shipment, the default) or CONFIRMATION
 * (capture the whole authorisation when the order is confirmed: {@link ConfirmationCapture}). {@code manualUnpaidCancelDays}: an order waiting for a
 * manual payment (cash, bank transfer) this long is cancelled ({@code payment-not-received}).
 * {@code jobs.enabled}: run reconciliation and the unpaid-manual sweep on a schedule (off in tests, which call them
 * directly); {@code jobs.every}: how often; {@code reconcileAfter}: how old an open row must be before
 * reconciliation asks about it (younger ones may still be in flight). {@code claimWait}: how long a second caller of
 * {@code authorize} waits for the first one's gateway answer before answering PENDING.
 */
@ConfigurationProperties("shipshape.payments")
record PaymentsProperties(@DefaultValue("SHIPMENT") CaptureOn captureOn,
                          @DefaultValue("7") int manualUnpaidCancelDays,
                          @DefaultValue Jobs jobs,
                          @DefaultValue("1m") Duration reconcileAfter,
                          @DefaultValue("5s") Duration claimWait) {

    enum CaptureOn {
        SHIPMENT, CONFIRMATION
    }

    record Jobs(@DefaultValue("true") boolean enabled, @DefaultValue("5m") Duration every) {
    }
}
