package io.shipshape.payments;

import java.util.Optional;

import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderPayments;
import io.shipshape.orders.OrderStatus;
import io.shipshape.orders.OrderView;
import io.shipshape.orders.PlaceOrder;
import io.shipshape.shared.IdGenerator;
import org.springframework.stereotype.Service;

/**
 * Authorisation for order processing, idempotent per order across crashes and servers: (1) CLAIM - insert the
 * order's one AUTHORIZATION row as PENDING in its own committed transaction (unique per order, under the payment
 * row lock); (2) call the gateway outside any transaction; (3) record the answer. Whoever loses the claim never
 * calls the gateway: it answers the stored outcome (waiting briefly for an in-flight first attempt). A crash between
 * (1) and (3) leaves the row open; reconciliation sends or asks again with the same idempotency key.
 */
@Service
class PaymentAuthorizer implements OrderPayments {

    static final String REQUEST_KEY = "authorization";

    private final PaymentLedger ledger;
    private final PaymentGateways gateways;
    private final PaymentRecorder recorder;
    private final OrderManagement orders;
    private final PaymentsProperties properties;
    private final IdGenerator ids;

    PaymentAuthorizer(PaymentLedger ledger, PaymentGateways gateways, PaymentRecorder recorder,
                      OrderManagement orders, PaymentsProperties properties, IdGenerator ids) {
        this.ledger = ledger;
        this.gateways = gateways;
        this.recorder = recorder;
        this.orders = orders;
        this.properties = properties;
        this.ids = ids;
    }

    @Override
    public Authorization authorize(OrderId orderId) {
        PlaceOrder.PaymentData payment = orders.paymentOf(orderId);
        Optional<PaymentTransaction> claimed = recorder.newTransaction().execute(s -> claim(orderId, payment));
        PaymentTransaction t = claimed.isPresent() ? claimed.get() : awaitStored(orderId);
        if (claimed.isPresent() && t.status().open()) {
            // Capture at confirmation (shipshape.payments.capture-on) happens when the order is CONFIRMED, not
            // here: an authorisation flagged for review holds the order, and its money waits for the release.
            t = recorder.sendAndRecord(t, false);
        }
        return new Authorization(PaymentRecorder.outcome(t), t.message() == null
                ? PaymentTimeline.message(t) : t.message());
    }

    /**
     * Step 1, in its own transaction: the order's authorisation row, or empty when another caller made it. The order
     * is read here, after the processing checks: one cancelled meanwhile gets a CANCELLED row and no gateway call
     * (one cancelled after this read is voided when its authorisation succeeds: see {@link PaymentRecorder}).
     */
    private Optional<PaymentTransaction> claim(OrderId orderId, PlaceOrder.PaymentData payment) {
        OrderView order = orders.get(orderId);
        String method = payment == null ? null : payment.method();
        ledger.createIfAbsent(order.id(), method, order.totals().total(), recorder.now());
        Payment row = ledger.lock(order.id()).orElseThrow();
        if (ledger.byKey(order.id(), TransactionKind.AUTHORIZATION, REQUEST_KEY).isPresent()) {
            return Optional.empty();
        }
        TransactionStatus status = TransactionStatus.PENDING;
        String message = null;
        Optional<PaymentGateway> gateway = gateways.find(method);
        if (order.status() == OrderStatus.CANCELLED) {
            status = TransactionStatus.CANCELLED;
            message = "the order was cancelled before its authorisation was sent";
        } else if (method == null) {
            status = TransactionStatus.NOT_REQUIRED;
            message = "the order has no payment method";
        } else if (gateway.isEmpty()) {
            status = TransactionStatus.FAILED;
            message = "no payment gateway named '" + method + "'";
        } else if (!gateway.get().requiresAuthorization(payment.token())) {
            status = TransactionStatus.NOT_REQUIRED;
            message = "collected on delivery";
        } else if (row.captured > 0 && row.captured >= row.due()) {
            status = TransactionStatus.SUCCESS; // staff recorded the whole payment before processing got here
            message = "already paid";
        }
        var now = recorder.now();
        PaymentTransaction t = new PaymentTransaction(ids.next(), order.id(), TransactionKind.AUTHORIZATION, status,
                order.totals().total(), method, null, REQUEST_KEY, null, false, null, null, message, "system:payments",
                status.open() ? null : now, now, now);
        ledger.insert(t);
        if (status.open()) {
            recorder.timeline(t);
        } else {
            if (status == TransactionStatus.SUCCESS) {
                // The manual payments already counted the money as authorised and captured: nothing to apply.
                recorder.timeline(t);
            } else {
                recorder.decided(row, t);
            }
            recorder.refresh(row);
        }
        return Optional.of(t);
    }

    @Override
    public boolean coversOrder(OrderId orderId) {
        Optional<PaymentTransaction> authorization = ledger.currentAuthorization(orderId);
        if (authorization.isEmpty() || authorization.get().status() == TransactionStatus.SUCCESS
                || authorization.get().status() == TransactionStatus.NOT_REQUIRED) {
            return true;
        }
        return ledger.find(orderId).map(p -> p.captured > 0 && p.captured >= p.due()).orElse(false);
    }

    /** The stored authorisation; while another caller's gateway call is in flight, waits up to claimWait for it. */
    private PaymentTransaction awaitStored(OrderId orderId) {
        long deadline = System.nanoTime() + properties.claimWait().toNanos();
        PaymentTransaction t = stored(orderId);
        while (t.status().open() && t.answeredAt() == null && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            t = stored(orderId);
        }
        return t;
    }

    private PaymentTransaction stored(OrderId orderId) {
        return ledger.byKey(orderId, TransactionKind.AUTHORIZATION, REQUEST_KEY).orElseThrow();
    }
}
