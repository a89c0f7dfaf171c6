package io.shipshape.payments;

import java.util.Optional;

import io.shipshape.orders.OrderId;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.Money;
import io.shipshape.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Captures: never more than was authorised minus what was captured, released or is being captured (checked under
 * the order's payment lock).
 * <p>
 * For a shipment the capture is CLAIMED inside the shipment's transaction (a PENDING row plus a
 * {@link PaymentSignals.CaptureRequested} event, both committing or rolling back with the shipment), and sent to the
 * gateway only after that commit, by {@link #onCaptureRequested}. Calling the gateway inside the shipment's
 * transaction would capture money for a shipment that might still roll back, and hold the shipment's locks while
 * the gateway thinks. The event is kept by the publication registry until the gateway was called, and the row stays
 * PENDING for reconciliation if the answer is not immediate, so a crash or a slow gateway loses nothing.
 */
@Component
class Captures {

    private final PaymentLedger ledger;
    private final PaymentRecorder recorder;
    private final ApplicationEventPublisher events;
    private final IdGenerator ids;

    Captures(PaymentLedger ledger, PaymentRecorder recorder, ApplicationEventPublisher events, IdGenerator ids) {
        this.ledger = ledger;
        this.recorder = recorder;
        this.events = events;
        this.ids = ids;
    }

    /**
     * In the caller's transaction: claims a capture of up to {@code amount} for the shipment {@code reference}
     * (once per reference), capped at what remains authorised. Nothing to capture (no card authorisation, paid
     * manually, already captured) is not an error: the shipment must not fail over it.
     */
    void requestForShipment(OrderId orderId, Money amount, String reference, String actor) {
        Optional<Payment> locked = ledger.lock(orderId);
        if (locked.isEmpty() || ledger.byKey(orderId, TransactionKind.CAPTURE, reference).isPresent()) {
            return;
        }
        Payment payment = locked.get();
        Optional<PaymentTransaction> authorization = successfulAuthorization(orderId);
        long take = Math.min(amount.amountMinor(), payment.capturable(inFlight(orderId)));
        if (authorization.isEmpty() || take <= 0) {
            return;
        }
        PaymentTransaction claimed = claim(payment, authorization.get(), take, reference, actor);
        events.publishEvent(new PaymentSignals.CaptureRequested(claimed.id(), orderId));
    }

    /** After the shipment committed: send the claimed capture (once; a repeat finds it answered). */
    // After commit and asynchronous like an @ApplicationModuleListener (and kept by the event publication registry
    // until it succeeded), but without a surrounding transaction: the gateway is called outside any transaction and
    // each recording step opens its own, so a listener never holds two pooled connections at once.
    @Async
    @TransactionalEventListener
    void onCaptureRequested(PaymentSignals.CaptureRequested event) {
        ledger.byId(event.transactionId()).filter(t -> t.status().open() && t.answeredAt() == null)
                .ifPresent(t -> recorder.sendAndRecord(t, false));
    }

    /**
     * Staff or API: captures {@code amount} (null: all that remains), in its own transactions; refuses more than
     * remains with {@code capture-exceeds-authorized}. Answers the capture as recorded (maybe PENDING).
     */
    PaymentTransaction capture(OrderId orderId, Money amount, String requestKey, String actor) {
        PaymentTransaction claimed = recorder.newTransaction().execute(s -> {
            Payment payment = ledger.lock(orderId).orElse(null);
            Optional<PaymentTransaction> authorization = successfulAuthorization(orderId);
            long capturable = payment == null || authorization.isEmpty() ? 0
                    : payment.capturable(inFlight(orderId));
            if (payment != null && amount != null && !amount.currency().equals(payment.currency())) {
                throw new DomainException(ProblemType.CURRENCY_MISMATCH, "The order is paid in "
                        + payment.currency().getCurrencyCode() + ", not " + amount.currencyCode());
            }
            long take = amount == null ? capturable : amount.amountMinor();
            if (take <= 0 || take > capturable) {
                throw new DomainException(ProblemType.CAPTURE_EXCEEDS_AUTHORIZED, capturable == 0
                        ? "Nothing authorised remains to be captured" : "At most " + payment.money(capturable).format()
                        + " may be captured").with("capturable", payment == null ? null : payment.money(capturable));
            }
            return claim(payment, authorization.get(), take, requestKey, actor);
        });
        return recorder.sendAndRecord(claimed, false);
    }

    /** Captures whatever remains authorised (capture at confirmation); nothing remaining is fine. */
    void captureRemaining(OrderId orderId, String requestKey, String actor) {
        try {
            capture(orderId, null, requestKey, actor);
        } catch (DomainException nothingLeft) {
            // Already captured by an earlier attempt (the request key is taken) or nothing authorised: done.
        }
    }

    private PaymentTransaction claim(Payment payment, PaymentTransaction authorization, long amount, String key,
                                     String actor) {
        var now = recorder.now();
        PaymentTransaction t = new PaymentTransaction(ids.next(), payment.orderId, TransactionKind.CAPTURE,
                TransactionStatus.PENDING, payment.money(amount), authorization.gateway(), null, key,
                authorization.id(), false, null, null, null, actor, null, now, now);
        if (!ledger.insert(t)) {
            throw new DomainException(ProblemType.CONFLICT, "A capture with reference '" + key + "' exists");
        }
        recorder.timeline(t);
        return t;
    }

    /** Authorised money already on its way: being captured, or being voided (a cancelled order's authorisation). */
    private long inFlight(OrderId orderId) {
        return ledger.openAmount(orderId, TransactionKind.CAPTURE) + ledger.openAmount(orderId, TransactionKind.VOID);
    }

    private Optional<PaymentTransaction> successfulAuthorization(OrderId orderId) {
        return ledger.currentAuthorization(orderId)
                .filter(a -> a.status() == TransactionStatus.SUCCESS && a.gateway() != null);
    }
}

