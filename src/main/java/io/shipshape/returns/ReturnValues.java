package io.shipshape.returns;

import java.math.BigInteger;

import io.shipshape.orders.OrderView;
import io.shipshape.shared.Money;

/**
 * What one returned unit is worth to the customer: its line's price per unit, scaled by what the order charged for
 * goods, {@code (total - shipping) / subtotal}, so an order discount reduces it and tax increases it in proportion.
 * (Tax on shipping, where shipping is taxed, is counted with the goods: the order view does not split it; the
 * payments module's refundable amount bounds every refund anyway.) Rounded down to the minor unit.
 */
final class ReturnValues {

    private ReturnValues() {
    }

    static Money unitValue(OrderView order, OrderView.Line line) {
        OrderView.Totals t = order.totals();
        long subtotal = t.subtotal().amountMinor();
        if (subtotal <= 0 || line.quantity() <= 0) {
            return Money.zero(t.total().currency());
        }
        long goodsPaid = Math.max(0, t.total().amountMinor() - t.shipping().amountMinor());
        BigInteger value = BigInteger.valueOf(line.lineTotal().amountMinor()).multiply(BigInteger.valueOf(goodsPaid))
                .divide(BigInteger.valueOf(subtotal).multiply(BigInteger.valueOf(line.quantity())));
        return new Money(value.longValueExact(), t.total().currency());
    }
}
