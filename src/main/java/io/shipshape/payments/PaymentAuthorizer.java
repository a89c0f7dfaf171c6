package io.shipshape.payments;

import java.util.Optional;

import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderPayments;
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
    private final Captures captures;
    private final OrderManagement orders;
    private final PaymentsProperties properties;
    private final IdGenerator ids;

    PaymentAuthorizer(PaymentLedger ledger, PaymentGateways gateways, PaymentRecorder recorder, Captures captures,
                      OrderManagement orders, PaymentsProperties properties, IdGenerator ids) {
        this.ledger = ledger;
        this.gateways = gateways;
        this.recorder = recorder;
        this.captures = captures;
        this.orders = orders;
        this.properties = properties;
        this.ids = ids;
    }

    @Override
    public Authorization authorize(OrderId orderId) {
        OrderView order = orders.get(orderId);
        PlaceOrder.PaymentData payment = orders.paymentOf(orderId);
        Optional<PaymentTransaction> claimed = recorder.newTransaction().execute(s -> claim(order, payment));
        PaymentTransaction t = claimed.isPresent() ? claimed.get() : awaitStored(orderId);
        if (claimed.isPresent() && t.status().open()) {
            t = recorder.sendAndRecord(t, false);
            if (t.status() == TransactionStatus.SUCCESS
                    && properties.captureOn() == PaymentsProperties.CaptureOn.CONFIRMATION) {
                captures.captureRemaining(orderId, "confirmation", "system:payments");
            }
        }
        return new Authorization(PaymentRecorder.outcome(t), t.message() == null
                ? PaymentTimeline.message(t) : t.message());
    }

    /** Step 1, in its own transaction: the order's authorisation row, or empty when another caller made it. */
    private Optional<PaymentTransaction> claim(OrderView order, PlaceOrder.PaymentData payment) {
        String method = payment == null ? null : payment.method();
        ledger.createIfAbsent(order.id(), method, order.totals().total(), recorder.now());
        Payment row = ledger.lock(order.id()).orElseThrow();
        if (ledger.byKey(order.id(), TransactionKind.AUTHORIZATION, REQUEST_KEY).isPresent()) {
            return Optional.empty();
        }
        TransactionStatus status = TransactionStatus.PENDING;
        String message = null;
        Optional<PaymentGateway> gateway = gateways.find(method);
        if (method == null) {
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
