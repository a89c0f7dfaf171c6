package io.shipshape.payments;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.shipshape.orders.CancelOrder;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderLifecycle;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderPayments;
import io.shipshape.orders.OrderView;
import io.shipshape.shared.CardData;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Money staff handle themselves. A recorded payment counts as authorised and captured at once; once the payments
 * cover what the order owes, an awaited manual authorisation is settled and order processing is told so
 * ({@code paymentSettled(AUTHORIZED)}). Orders still awaiting a manual payment after
 * {@code manual-unpaid-cancel-days} are cancelled ({@code payment-not-received}).
 */
@Component
class ManualPayments {

    static final Set<String> METHODS = Set.of("cash", "bank_transfer", "cod", "other");
    static final String UNPAID_REASON = "payment-not-received";
    private static final int PAGE = 200;

    private static final Logger log = LoggerFactory.getLogger(ManualPayments.class);

    private final PaymentLedger ledger;
    private final PaymentRecorder recorder;
    private final OrderManagement orders;
    private final OrderLifecycle lifecycle;
    private final ApplicationEventPublisher events;
    private final IdGenerator ids;

    ManualPayments(PaymentLedger ledger, PaymentRecorder recorder, OrderManagement orders, OrderLifecycle lifecycle,
                   ApplicationEventPublisher events, IdGenerator ids) {
        this.ledger = ledger;
        this.recorder = recorder;
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.events = events;
        this.ids = ids;
    }

    PaymentTransaction record(OrderId orderId, RecordManualPayment cmd) {
        if (cmd.amount().amountMinor() <= 0) {
            throw InvalidRequest.of("amount.amount", "must be greater than 0");
        }
        if (cmd.method() == null || !METHODS.contains(cmd.method())) {
            throw InvalidRequest.of("method", "must be one of cash, bank_transfer, cod, other");
        }
        if (CardData.looksLikeCardNumber(cmd.reference())) {
            throw new DomainException(ProblemType.CARD_DATA_REFUSED, "The reference looks like a card number")
                    .with("field", "reference");
        }
        OrderView order = orders.get(orderId);
        var payment = orders.paymentOf(orderId);
        return recorder.newTransaction().execute(s -> {
            ledger.createIfAbsent(orderId, payment == null ? null : payment.method(), order.totals().total(),
                    recorder.now());
            Payment row = ledger.lock(orderId).orElseThrow();
            if (!row.currency().equals(cmd.amount().currency())) {
                throw new DomainException(ProblemType.CURRENCY_MISMATCH, "The order is paid in "
                        + row.currency().getCurrencyCode() + ", not " + cmd.amount().currencyCode());
            }
            long due = Math.max(0, row.due() - row.captured);
            if (cmd.amount().amountMinor() > due) {
                throw new DomainException(ProblemType.PAYMENT_EXCEEDS_DUE, "The order owes "
                        + row.money(due).format()).with("due", row.money(due));
            }
            var now = recorder.now();
            PaymentTransaction t = new PaymentTransaction(ids.next(), orderId, TransactionKind.MANUAL_PAYMENT,
                    TransactionStatus.SUCCESS, cmd.amount(), "manual", cmd.reference(), ids.next().toString(), null,
                    false, null, cmd.method(), null, cmd.actor(), now, now, now);
            ledger.insert(t);
            recorder.decided(row, t);
            settleAwaitedAuthorization(row, cmd.actor());
            recorder.refresh(row);
            return t;
        });
    }

    /** The payments now cover the order: an authorisation still awaited is settled by them. */
    private void settleAwaitedAuthorization(Payment row, String actor) {
        if (row.captured < row.due()) {
            return;
        }
        ledger.currentAuthorization(row.orderId)
                .filter(a -> a.status().open()).ifPresent(a -> {
                    PaymentTransaction settled = a.answered(TransactionStatus.SUCCESS, a.gatewayReference(),
                            "settled by recorded payments", false, recorder.now());
                    ledger.answer(settled);
                    recorder.timeline(settled);
                    events.publishEvent(new PaymentEvents.PaymentAuthorized(a.id(), a.orderId(), a.amount(),
                            a.gateway(), false));
                    events.publishEvent(new PaymentSignals.AuthorizationSettled(a.orderId(),
                            OrderPayments.Outcome.AUTHORIZED, actor));
                });
    }

    /**
     * Cancels orders whose manual authorisation has waited longer than {@code unpaidFor}; answers how many. Pages
     * through them all, so orders that cannot be cancelled (a moment after a concurrent cancellation) never stop the
     * sweep from reaching the others. Orders partly paid are left to staff: cancelling them means paying back.
     */
    int cancelUnpaid(Instant now, Duration unpaidFor) {
        int cancelled = 0;
        PaymentLedger.UnpaidManual last = null;
        List<PaymentLedger.UnpaidManual> page;
        do {
            page = ledger.unpaidManual(now.minus(unpaidFor), last, PAGE);
            for (PaymentLedger.UnpaidManual unpaid : page) {
                try {
                    lifecycle.cancel(unpaid.orderId(), new CancelOrder(UNPAID_REASON, null, "system:payments"));
                    cancelled++;
                } catch (DomainException e) {
                    log.info("Unpaid manual order {} not cancelled: {}", unpaid.orderId(), e.getMessage());
                }
                last = unpaid;
            }
        } while (page.size() == PAGE);
        return cancelled;
    }
}
