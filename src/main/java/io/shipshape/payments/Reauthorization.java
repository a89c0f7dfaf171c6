package io.shipshape.payments;

import java.util.List;

import io.shipshape.orders.OrderHold;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderLifecycle;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderStatus;
import io.shipshape.orders.PlaceOrder;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.ProblemType;
import org.springframework.stereotype.Component;

/**
 * A new authorisation attempt after a decline: the customer gave another card (the shop sends its new gateway token)
 * or another method. Only for an order on hold whose current authorisation failed. The attempt is a new ledger row
 * (request key {@code authorization:<n>}, a new idempotency key at the gateway) and becomes the order's current
 * authorisation; the declined one stays in the ledger. When it succeeds and the decline was the order's only hold,
 * the order is released to fulfillment at once; otherwise it stays on hold for staff.
 */
@Component
class Reauthorization {

    static final String DECLINED = "payment-declined";

    private final PaymentLedger ledger;
    private final PaymentGateways gateways;
    private final PaymentRecorder recorder;
    private final OrderManagement orders;
    private final OrderLifecycle lifecycle;
    private final IdGenerator ids;

    Reauthorization(PaymentLedger ledger, PaymentGateways gateways, PaymentRecorder recorder,
                    OrderManagement orders, OrderLifecycle lifecycle, IdGenerator ids) {
        this.ledger = ledger;
        this.gateways = gateways;
        this.recorder = recorder;
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.ids = ids;
    }

    PaymentTransaction retry(OrderId orderId, String method, String token, String actor) {
        String gateway = method == null || method.isBlank() ? currentMethod(orderId) : method.strip();
        if (gateways.find(gateway).isEmpty()) {
            throw InvalidRequest.of("method", "no payment gateway named '" + gateway + "'");
        }
        PaymentTransaction claimed = recorder.newTransaction().execute(s -> {
            Payment payment = ledger.lock(orderId).orElseThrow();
            requireDeclined(orderId); // under the lock: of two retries at once, one attempts, one gets 409
            orders.changePayment(orderId, new PlaceOrder.PaymentData(gateway, token), actor);
            ledger.changeGateway(orderId, gateway);
            var now = recorder.now();
            PaymentTransaction t = new PaymentTransaction(ids.next(), orderId, TransactionKind.AUTHORIZATION,
                    TransactionStatus.PENDING, payment.money(payment.due()), gateway, null,
                    PaymentAuthorizer.REQUEST_KEY + ":" + (ledger.authorizationAttempts(orderId) + 1), null, false,
                    null, "new attempt after a decline", null, actor, null, now, now);
            ledger.insert(t);
            recorder.timeline(t);
            return t;
        });
        PaymentTransaction answered = recorder.sendAndRecord(claimed, false);
        if (answered.status() == TransactionStatus.SUCCESS && !answered.review() && onlyDeclined(orderId)) {
            lifecycle.release(orderId, actor);
        }
        return answered;
    }

    private void requireDeclined(OrderId orderId) {
        TransactionStatus current = ledger.currentAuthorization(orderId).map(PaymentTransaction::status).orElse(null);
        if (orders.status(orderId) != OrderStatus.ON_HOLD
                || (current != TransactionStatus.FAILED && current != TransactionStatus.CANCELLED)) {
            throw new DomainException(ProblemType.INVALID_TRANSITION, "Only an order on hold whose payment was "
                    + "declined can be authorised again").with("authorization", current == null ? null : current.name());
        }
    }

    private boolean onlyDeclined(OrderId orderId) {
        List<OrderHold> holds = lifecycle.holds(orderId);
        return !holds.isEmpty() && holds.stream().allMatch(h -> DECLINED.equals(h.reason()));
    }

    private String currentMethod(OrderId orderId) {
        PlaceOrder.PaymentData payment = orders.paymentOf(orderId);
        if (payment == null) {
            throw InvalidRequest.of("method", "the order has no payment method: name one");
        }
        return payment.method();
    }
}
