package io.shipshape.payments;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderView;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.ProblemType;
import org.springframework.stereotype.Component;

/**
 * Refunds: never more than captured minus refunded, where refunds still awaiting the gateway count as refunded.
 * The check and the claim happen under the order's payment lock, so concurrent refunds are serialised and the sum
 * can never pass the limit; the gateway is called after the claim committed.
 */
@Component
class Refunds {

    private final PaymentLedger ledger;
    private final PaymentRecorder recorder;
    private final OrderManagement orders;
    private final IdGenerator ids;

    Refunds(PaymentLedger ledger, PaymentRecorder recorder, OrderManagement orders, IdGenerator ids) {
        this.ledger = ledger;
        this.recorder = recorder;
        this.orders = orders;
        this.ids = ids;
    }

    PaymentTransaction refund(OrderId orderId, RefundPayment cmd) {
        OrderView order = orders.get(orderId);
        String detail = lines(order, cmd.lines());
        if (cmd.amount().amountMinor() <= 0) {
            throw InvalidRequest.of("amount.amount", "must be greater than 0");
        }
        String key = cmd.requestKey() == null ? ids.next().toString() : cmd.requestKey();
        PaymentTransaction claimed = recorder.newTransaction().execute(s -> {
            var existing = ledger.byKey(orderId, TransactionKind.REFUND, key);
            if (existing.isPresent()) {
                return existing.get();
            }
            return claim(orderId, cmd, key, detail);
        });
        return claimed.status().open() && claimed.answeredAt() == null ? recorder.sendAndRecord(claimed, false)
                : claimed;
    }

    /** Under the caller's transaction: checks the limit under the lock and inserts the PENDING refund. */
    PaymentTransaction claim(OrderId orderId, RefundPayment cmd, String key, String detail) {
        Payment payment = ledger.lock(orderId).orElse(null);
        if (payment != null && !payment.currency().equals(cmd.amount().currency())) {
            throw new DomainException(ProblemType.CURRENCY_MISMATCH, "The order is paid in "
                    + payment.currency().getCurrencyCode() + ", not " + cmd.amount().currencyCode());
        }
        long refundable = payment == null ? 0 : payment.refundable(ledger.openAmount(orderId, TransactionKind.REFUND));
        if (payment == null || cmd.amount().amountMinor() > refundable) {
            throw new DomainException(ProblemType.REFUND_EXCEEDS_CAPTURED, "At most "
                    + (payment == null ? "0" : payment.money(refundable).format()) + " may be refunded")
                    .with("refundable", payment == null ? null : payment.money(refundable));
        }
        PaymentTransaction source = source(ledger.ofOrder(orderId));
        var now = recorder.now();
        PaymentTransaction t = new PaymentTransaction(ids.next(), orderId, TransactionKind.REFUND,
                TransactionStatus.PENDING, cmd.amount(), source.gateway(), null, key, source.id(), false,
                cmd.reason(), detail, null, cmd.actor(), null, now, now);
        ledger.insert(t);
        recorder.timeline(t);
        return t;
    }

    /**
     * What a refund pays back from: the way the money came, through the gateway of the latest successful capture,
     * else (only manual payments) by hand.
     */
    static PaymentTransaction source(List<PaymentTransaction> ledger) {
        return ledger.stream().filter(t -> t.status() == TransactionStatus.SUCCESS)
                .filter(t -> t.kind() == TransactionKind.CAPTURE || t.kind() == TransactionKind.MANUAL_PAYMENT)
                .reduce((earlier, later) -> later.kind() == TransactionKind.CAPTURE
                        || earlier.kind() != TransactionKind.CAPTURE ? later : earlier)
                .orElseThrow();
    }

    /** The refunded lines as text ("SKU-1 x2, SKU-2 x1"); each must be a line of the order, within its quantity. */
    static String lines(OrderView order, List<RefundPayment.Line> lines) {
        if (lines == null || lines.isEmpty()) {
            return null;
        }
        Map<String, Integer> ordered = order.lines().stream().collect(Collectors.toMap(OrderView.Line::sku,
                OrderView.Line::quantity, Integer::sum));
        for (int i = 0; i < lines.size(); i++) {
            RefundPayment.Line line = lines.get(i);
            Integer quantity = ordered.get(line.sku());
            if (quantity == null) {
                throw InvalidRequest.of("lines[" + i + "].sku", "is not a line of this order");
            }
            if (line.quantity() < 1 || line.quantity() > quantity) {
                throw InvalidRequest.of("lines[" + i + "].quantity", "must be 1 to " + quantity);
            }
        }
        return lines.stream().map(l -> l.sku() + " x" + l.quantity()).collect(Collectors.joining(", "));
    }
}
