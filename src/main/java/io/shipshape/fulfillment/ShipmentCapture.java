package io.shipshape.fulfillment;

import io.shipshape.orders.OrderView;
import io.shipshape.payments.PaymentManagement;
import io.shipshape.shared.Money;
import org.springframework.stereotype.Component;

/**
 * Captures the payment for what a shipment takes out of the building, inside the shipment's transaction: if the
 * capture is refused the shipment rolls back with it (stock stays reserved, nothing is marked shipped).
 * <p>
 * The amount is the shipped lines' share of the order total ({@code total x shipped value / subtotal}, rounded
 * down), so shipping, tax and discount are spread over the shipments; the shipment that completes the order
 * captures whatever is left of the total, so the captures add up to the total exactly.
 */
@Component
class ShipmentCapture {

    private final PaymentManagement payments;
    private final FulfillmentRepository repository;

    ShipmentCapture(PaymentManagement payments, FulfillmentRepository repository) {
        this.payments = payments;
        this.repository = repository;
    }

    /** Asks payments to capture the shipment's share; returns it (zero when nothing was asked). {@code last}: no units
     * of the order remain to ship. */
    Money capture(OrderView order, FulfillmentView shipped, boolean last, String reference, String actor) {
        Money amount = amount(order, shipped, last, repository.capturedFor(order.id()));
        // Orders paid otherwise (no payment method, cash, manual payments) have nothing authorised to capture:
        // ask only when something is, so the timeline does not announce a capture that cannot happen.
        if (amount.amountMinor() == 0 || payments.payments(order.id()).capturable().amountMinor() == 0) {
            return Money.of(0, amount.currencyCode());
        }
        payments.captureForShipment(order.id(), amount, reference, actor);
        return amount;
    }

    static Money amount(OrderView order, FulfillmentView shipped, boolean last, long capturedBefore) {
        Money total = order.totals().total();
        if (last) {
            return Money.of(Math.max(0, total.amountMinor() - capturedBefore), total.currencyCode());
        }
        long subtotal = order.lines().stream().mapToLong(l -> l.unitPrice().amountMinor() * l.quantity()).sum();
        long value = 0;
        for (FulfillmentView.Line line : shipped.lines()) {
            OrderView.Line ordered = order.lines().stream().filter(l -> l.lineNo() == line.lineNo()).findFirst()
                    .orElseThrow();
            value += ordered.unitPrice().amountMinor() * line.quantity();
        }
        long share = subtotal == 0 ? 0 : java.math.BigInteger.valueOf(total.amountMinor())
                .multiply(java.math.BigInteger.valueOf(value)).divide(java.math.BigInteger.valueOf(subtotal)).longValue();
        return Money.of(Math.min(share, Math.max(0, total.amountMinor() - capturedBefore)), total.currencyCode());
    }

}
