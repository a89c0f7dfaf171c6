package io.shipshape.payments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import io.shipshape.orders.OrderEvents.OrderCancelled;
import io.shipshape.shared.IdGenerator;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What a cancellation does to the money, after the cancellation committed. A whole order: what remains authorised
 * is voided at the gateway and what was captured is refunded; an authorisation the gateway is still deciding is
 * voided when its success is recorded ({@link PaymentRecorder#record}); an awaited manual payment is abandoned.
 * Some lines: the cancelled amount comes first off what remains to capture (bookkeeping only: the capture simply
 * takes less), and only the rest is refunded from captured money.
 * <p>
 * Idempotent: a redelivered event finds its rows by a request key derived from the event's content, so nothing is
 * voided or refunded twice. (Two partial cancellations identical in lines, reason and actor would share a key; the
 * second then only releases what the first left.)
 */
@Component
class Cancellations {

    private static final String MANUAL = "manual";

    private final PaymentLedger ledger;
    private final PaymentRecorder recorder;
    private final IdGenerator ids;

    Cancellations(PaymentLedger ledger, PaymentRecorder recorder, IdGenerator ids) {
        this.ledger = ledger;
        this.recorder = recorder;
        this.ids = ids;
    }

    // After commit and asynchronous like an @ApplicationModuleListener (and kept by the event publication registry
    // until it succeeded), but without a surrounding transaction: the gateway is called outside any transaction and
    // each recording step opens its own, so a listener never holds two pooled connections at once.
    @Async
    @TransactionalEventListener
    void on(OrderCancelled event) {
        if (ledger.find(event.orderId()).isEmpty()) {
            return; // nothing was ever authorised or paid
        }
        String key = "cancel:" + digest(event);
        List<PaymentTransaction> toSend = recorder.newTransaction().execute(s -> claim(event, key));
        for (PaymentTransaction t : toSend) {
            recorder.sendAndRecord(t, false);
        }
        // A redelivery after a crash between the claim and the gateway call: send what is still unsent. (The void of
        // the authorisation has one key per order: reconciliation sends it when it was left unsent.)
        ledger.ofOrder(event.orderId()).stream()
                .filter(t -> key.equals(t.requestKey()) && t.status().open() && t.answeredAt() == null)
                .filter(t -> toSend.stream().noneMatch(sent -> sent.id().equals(t.id())))
                .forEach(t -> recorder.sendAndRecord(t, false));
    }

    private List<PaymentTransaction> claim(OrderCancelled event, String key) {
        Payment payment = ledger.lock(event.orderId()).orElseThrow();
        List<PaymentTransaction> toSend = new ArrayList<>();
        Optional<PaymentTransaction> authorization = ledger.currentAuthorization(event.orderId());
        long outstanding = payment.outstanding(ledger.openAmount(event.orderId(), TransactionKind.CAPTURE));
        long refundable = payment.refundable(ledger.openAmount(event.orderId(), TransactionKind.REFUND));
        long release;
        long refund;
        if (event.whole()) {
            PaymentTransaction a = authorization.orElse(null);
            refund = refundable;
            if (a != null && a.status().open() && !MANUAL.equals(a.gateway())) {
                // The gateway is deciding (or a crash left the request unanswered, for reconciliation to settle): a
                // success is voided when it is recorded, a failure needs nothing. Nothing is released before that.
                recorder.note(event.orderId(), "PAYMENT_PENDING", "The order was cancelled while its authorisation "
                        + "was being decided: if it succeeds it will be voided", "system:payments");
                release = 0;
            } else if (a != null && a.status() == TransactionStatus.SUCCESS && a.gateway() != null) {
                recorder.voidAfterCancellation(payment, a, event.actor()).ifPresent(toSend::add);
                release = 0;
            } else {
                if (a != null && a.status().open()) { // a manual payment awaited: nobody waits for it any more
                    if (ledger.cancelOpen(a.id(), "order cancelled before the payment was received",
                            recorder.now())) {
                        recorder.timeline(ledger.byId(a.id()).orElseThrow());
                    }
                }
                release = outstanding;
            }
        } else {
            long amount = event.amount() == null ? 0 : event.amount().amountMinor();
            release = Math.min(amount, outstanding);
            refund = Math.min(amount - release, refundable);
        }
        if (release > 0) {
            // Bookkeeping: the shipments capture less (most gateways cannot void part of an authorisation), or the
            // manual payment awaited is smaller.
            PaymentTransaction v = row(payment, TransactionKind.VOID, release, null, authorization.orElse(null),
                    key, event);
            if (ledger.insert(v)) {
                recorder.decided(payment, v);
            }
        }
        if (refund > 0) {
            PaymentTransaction source = Refunds.source(ledger.ofOrder(event.orderId()));
            PaymentTransaction r = row(payment, TransactionKind.REFUND, refund, source.gateway(), source, key, event);
            if (ledger.insert(r)) {
                toSend.add(r);
                recorder.timeline(r);
            }
        }
        recorder.refresh(payment);
        return toSend;
    }

    private PaymentTransaction row(Payment payment, TransactionKind kind, long amount, String gateway,
                                   PaymentTransaction parent, String key, OrderCancelled event) {
        var now = recorder.now();
        boolean local = gateway == null;
        return new PaymentTransaction(ids.next(), payment.orderId, kind,
                local ? TransactionStatus.SUCCESS : TransactionStatus.PENDING, payment.money(amount), gateway, null,
                key, parent == null ? null : parent.id(), false, event.reason(),
                event.whole() ? "order cancelled" : "lines cancelled",
                local ? "released from what remains to be paid" : null, event.actor(), local ? now : null, now, now);
    }

    private static String digest(OrderCancelled event) {
        String text = event.whole() + "|" + event.amount() + "|" + event.lines() + "|" + event.reason() + "|"
                + event.actor();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
