package io.shipshape.payments;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderView;
import io.shipshape.orders.PaymentStatus;
import io.shipshape.shared.Money;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payments module's entry point: captures (for shipments and by staff), refunds, manual payments, the
 * payments of an order, and the reconciliation and unpaid-manual jobs. Authorisation is the orders port
 * {@code OrderPayments}, implemented by this module. Every money change of one order is serialised by locking
 * the order's payment row; gateway calls happen outside transactions, between a committed claim and the
 * recording of the answer (see {@link PaymentRecorder}).
 */
@Service
@EnableConfigurationProperties(PaymentsProperties.class)
public class PaymentManagement {

    private final PaymentLedger ledger;
    private final PaymentRecorder recorder;
    private final Captures captures;
    private final Refunds refunds;
    private final ManualPayments manual;
    private final Reconciliation reconciliation;
    private final OrderManagement orders;
    private final PaymentsProperties properties;
    private final Reauthorization reauthorization;

    PaymentManagement(PaymentLedger ledger, PaymentRecorder recorder, Captures captures, Refunds refunds,
                      ManualPayments manual, Reconciliation reconciliation, OrderManagement orders,
                      PaymentsProperties properties, Reauthorization reauthorization) {
        this.reauthorization = reauthorization;
        this.ledger = ledger;
        this.recorder = recorder;
        this.captures = captures;
        this.refunds = refunds;
        this.manual = manual;
        this.reconciliation = reconciliation;
        this.orders = orders;
        this.properties = properties;
    }

    /**
     * Captures up to {@code amount} for a shipment, inside the caller's (the shipment's) transaction: the capture is
     * claimed there, so it commits or rolls back with the shipment, and sent to the gateway after the commit (see
     * {@link Captures}). Idempotent per {@code reference}; capped at what remains authorised; does nothing when
     * nothing is authorised (cash on delivery, manual payments, no payment method).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void captureForShipment(OrderId orderId, Money amount, String reference, String actor) {
        captures.requestForShipment(orderId, amount, reference, actor);
    }

    /**
     * Captures {@code amount} (null: everything that remains authorised) in its own transactions. Refuses more than
     * remains ({@code capture-exceeds-authorized}). Answers the capture (SUCCESS, or PENDING/UNKNOWN for
     * reconciliation, or FAILED).
     */
    public PaymentTransaction capture(OrderId orderId, Money amount, String actor) {
        orders.get(orderId);
        return captures.capture(orderId, amount, recorder.newKey(), actor);
    }

    /**
     * Pays back captured money, never more than captured minus refunded ({@code refund-exceeds-captured}); safe
     * under concurrent refunds. Runs in its own transactions: money that left is recorded even if a caller's
     * transaction rolls back. Answers the refund as recorded.
     */
    public PaymentTransaction refund(OrderId orderId, RefundPayment cmd) {
        return refunds.refund(orderId, cmd);
    }

    /**
     * A new authorisation after a decline, with the customer's new gateway token (and optionally another method);
     * releases the order when it succeeds and the decline was its only hold. See {@link Reauthorization}.
     */
    public PaymentTransaction authorizeAgain(OrderId orderId, String method, String token, String actor) {
        orders.get(orderId);
        return reauthorization.retry(orderId, method, token, actor);
    }

    /** Records money staff received; settles an awaited manual authorisation once the order is covered. */
    public PaymentTransaction recordManualPayment(OrderId orderId, RecordManualPayment cmd) {
        return manual.record(orderId, cmd);
    }

    /** The order's payment status, totals and ledger (an order never authorised shows PENDING and no rows). */
    public PaymentView payments(OrderId orderId) {
        OrderView order = orders.get(orderId);
        Payment p = ledger.find(orderId).orElse(null);
        if (p == null) {
            Money zero = Money.zero(order.totals().total().currency());
            return new PaymentView(orderId, PaymentStatus.PENDING, order.paymentMethod(), order.totals().total(),
                    zero, zero, zero, zero, zero, zero, List.of());
        }
        List<PaymentTransaction> rows = ledger.ofOrder(orderId);
        boolean authorized = rows.stream().anyMatch(t -> t.kind() == TransactionKind.AUTHORIZATION
                && t.status() == TransactionStatus.SUCCESS && t.gateway() != null);
        long openCaptures = open(rows, TransactionKind.CAPTURE);
        return new PaymentView(orderId, p.status, p.gateway, p.orderTotal, p.money(p.authorized),
                p.money(p.captured), p.money(p.refunded), p.money(p.released),
                p.money(authorized ? p.capturable(openCaptures) : 0),
                p.money(p.refundable(open(rows, TransactionKind.REFUND))), rows);
    }

    /** Asks the gateways about open transactions older than {@code olderThan}; answers how many were decided. */
    public int reconcile(Duration olderThan) {
        return reconciliation.reconcile(olderThan);
    }

    /** Cancels orders still awaiting a manual payment after {@code manual-unpaid-cancel-days} (as of {@code now}). */
    public int cancelUnpaidManualOrders(Instant now) {
        return manual.cancelUnpaid(now, Duration.ofDays(properties.manualUnpaidCancelDays()));
    }

    Instant now() {
        return recorder.now();
    }

    private static long open(List<PaymentTransaction> rows, TransactionKind kind) {
        return rows.stream().filter(t -> t.kind() == kind && t.status().open())
                .mapToLong(t -> t.amount().amountMinor()).sum();
    }
}
