package io.shipshape.payments;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderPayments;
import io.shipshape.orders.OrderStatus;
import io.shipshape.orders.PlaceOrder;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last two steps of every gateway request: call the gateway OUTSIDE any transaction (a slow gateway must not
 * hold locks), then record its answer in a new transaction under the order's payment lock. Recording is
 * conditional on the row still being open, so a reconciliation and a late original answer count once. Every
 * decided row updates the totals, publishes its event, adds a timeline row and re-derives the payment status.
 */
@Component
class PaymentRecorder {

    /** The request key of the one void at the gateway that a whole cancellation makes. */
    static final String CANCELLATION_VOID_KEY = "cancel:void";

    private final PaymentLedger ledger;
    private final PaymentGateways gateways;
    private final OrderManagement orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final IdGenerator ids;

    PaymentRecorder(PaymentLedger ledger, PaymentGateways gateways, OrderManagement orders,
                    ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions,
                    IdGenerator ids) {
        this.ids = ids;
        this.ledger = ledger;
        this.gateways = gateways;
        this.orders = orders;
        this.events = events;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    TransactionTemplate newTransaction() {
        return newTransaction;
    }

    /**
     * Sends the claimed row's request (or, when reconciling a row that already has an answer, asks about it) and
     * records the answer. {@code reconciling}: a decided authorisation is reported to order processing, which was
     * told PENDING.
     */
    PaymentTransaction sendAndRecord(PaymentTransaction claimed, boolean reconciling) {
        PlaceOrder.PaymentData payment = orders.paymentOf(claimed.orderId());
        String token = payment == null ? null : payment.token();
        String parentReference = claimed.parentId() == null ? null
                : ledger.byId(claimed.parentId()).map(PaymentTransaction::gatewayReference).orElse(null);
        GatewayResult result = reconciling && claimed.answeredAt() != null
                ? gateways.ask(claimed, token, parentReference) : gateways.send(claimed, token, parentReference);
        return record(claimed.id(), result, reconciling);
    }

    /**
     * Records a gateway answer for an open row; answers the row as it then stands. An authorisation that succeeds
     * for an order cancelled meanwhile (the cancellation came while the gateway was deciding) is voided at once:
     * the VOID row is claimed with the answer and sent after it committed (reconciliation sends it after a crash).
     */
    PaymentTransaction record(UUID transactionId, GatewayResult result, boolean reconciling) {
        List<PaymentTransaction> toVoid = new ArrayList<>(1);
        PaymentTransaction recorded = newTransaction.execute(s -> {
            PaymentTransaction t = ledger.byId(transactionId).orElseThrow();
            Payment payment = ledger.lock(t.orderId()).orElseThrow();
            t = ledger.byId(transactionId).orElseThrow(); // re-read under the lock
            if (!t.status().open()) {
                return t;
            }
            TransactionStatus status = TransactionStatus.of(result.status());
            PaymentTransaction answered = t.answered(status, result.reference(), result.message(), result.review(),
                    Times.now(clock));
            ledger.answer(answered);
            if (status.open()) {
                if (t.answeredAt() == null) {
                    timeline(answered);
                }
                return answered;
            }
            decided(payment, answered);
            if (t.kind() == TransactionKind.AUTHORIZATION && status == TransactionStatus.SUCCESS
                    && orders.status(t.orderId()) == OrderStatus.CANCELLED) {
                voidAfterCancellation(payment, answered, "system:payments").ifPresent(toVoid::add);
            } else if (reconciling && t.kind() == TransactionKind.AUTHORIZATION) {
                events.publishEvent(new PaymentSignals.AuthorizationSettled(t.orderId(), outcome(answered),
                        "system:payments"));
            }
            refresh(payment);
            return answered;
        });
        toVoid.forEach(v -> sendAndRecord(v, false));
        return recorded;
    }

    /**
     * Within the caller's transaction, with the payment row locked: claims the void at the gateway of what remains
     * authorised of a cancelled order. One per order (request key {@value #CANCELLATION_VOID_KEY}), whoever comes
     * first: the cancellation's listener or the recording of an authorisation that succeeded after it. Empty when
     * it exists already or nothing remains; the caller sends the row after commit.
     */
    Optional<PaymentTransaction> voidAfterCancellation(Payment payment, PaymentTransaction authorization,
                                                       String actor) {
        long open = ledger.openAmount(payment.orderId, TransactionKind.CAPTURE)
                + ledger.openAmount(payment.orderId, TransactionKind.VOID);
        long amount = payment.capturable(open);
        if (amount <= 0) {
            return Optional.empty();
        }
        var now = now();
        PaymentTransaction v = new PaymentTransaction(ids.next(), payment.orderId, TransactionKind.VOID,
                TransactionStatus.PENDING, payment.money(amount), authorization.gateway(), null,
                CANCELLATION_VOID_KEY, authorization.id(), false, null, "order cancelled", null, actor, null, now, now);
        if (!ledger.insert(v)) {
            return Optional.empty();
        }
        timeline(v);
        return Optional.of(v);
    }

    /** Within the caller's transaction, with the payment row locked: applies a row that is now decided. */
    void decided(Payment payment, PaymentTransaction t) {
        if (t.status() == TransactionStatus.SUCCESS) {
            payment.apply(t.kind(), t.amount().amountMinor());
            switch (t.kind()) {
                case AUTHORIZATION -> events.publishEvent(new PaymentEvents.PaymentAuthorized(t.id(), t.orderId(),
                        t.amount(), t.gateway(), t.review()));
                case CAPTURE, MANUAL_PAYMENT -> events.publishEvent(new PaymentEvents.PaymentCaptured(t.id(),
                        t.orderId(), t.amount(), t.gateway()));
                case REFUND -> events.publishEvent(new PaymentEvents.RefundCreated(t.id(), t.orderId(), t.amount(),
                        t.reason()));
                case VOID -> {
                }
            }
        } else if (t.status() == TransactionStatus.FAILED) {
            events.publishEvent(new PaymentEvents.PaymentFailed(t.id(), t.orderId(), t.amount(), t.kind(),
                    t.message(), t.gateway()));
        }
        timeline(t);
    }

    /** Re-derives the payment status from the ledger; saves the totals and, when it changed, tells orders. */
    void refresh(Payment payment) {
        TransactionStatus authorization = ledger.currentAuthorization(payment.orderId)
                .map(PaymentTransaction::status).orElse(null);
        var derived = payment.derive(authorization);
        boolean changed = derived != payment.status;
        payment.status = derived;
        ledger.saveTotals(payment, Times.now(clock));
        if (changed) {
            events.publishEvent(new PaymentSignals.StatusDerived(payment.orderId));
        }
    }

    /** A timeline entry about the order's payment that is not one ledger row. */
    void note(OrderId orderId, String type, String message, String actor) {
        orders.record(orderId, type, message, actor);
    }

    void timeline(PaymentTransaction t) {
        orders.record(t.orderId(), PaymentTimeline.type(t), PaymentTimeline.message(t), t.actor());
    }

    static OrderPayments.Outcome outcome(PaymentTransaction authorization) {
        return switch (authorization.status()) {
            case NOT_REQUIRED -> OrderPayments.Outcome.NOT_REQUIRED;
            case SUCCESS -> authorization.review() ? OrderPayments.Outcome.REVIEW : OrderPayments.Outcome.AUTHORIZED;
            case FAILED, CANCELLED -> OrderPayments.Outcome.DECLINED;
            case PENDING, UNKNOWN -> OrderPayments.Outcome.PENDING;
        };
    }

    /** A fresh request key, for requests that are not retried under a caller's key. */
    String newKey() {
        return UUID.randomUUID().toString();
    }

    Instant now() {
        return Times.now(clock);
    }
}
