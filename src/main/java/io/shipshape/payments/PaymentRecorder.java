package io.shipshape.payments;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderPayments;
import io.shipshape.orders.PlaceOrder;
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

    private final PaymentLedger ledger;
    private final PaymentGateways gateways;
    private final OrderManagement orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    PaymentRecorder(PaymentLedger ledger, PaymentGateways gateways, OrderManagement orders,
                    ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
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

    /** Records a gateway answer for an open row; answers the row as it then stands. */
    PaymentTransaction record(UUID transactionId, GatewayResult result, boolean reconciling) {
        return newTransaction.execute(s -> {
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
            if (reconciling && t.kind() == TransactionKind.AUTHORIZATION) {
                events.publishEvent(new PaymentSignals.AuthorizationSettled(t.orderId(), outcome(answered),
                        "system:payments"));
            }
            refresh(payment);
            return answered;
        });
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
        TransactionStatus authorization = ledger.byKey(payment.orderId, TransactionKind.AUTHORIZATION,
                PaymentAuthorizer.REQUEST_KEY).map(PaymentTransaction::status).orElse(null);
        var derived = payment.derive(authorization);
        boolean changed = derived != payment.status;
        payment.status = derived;
        ledger.saveTotals(payment, Times.now(clock));
        if (changed) {
            events.publishEvent(new PaymentSignals.StatusDerived(payment.orderId));
        }
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
