package io.shipshape.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.shipshape.catalog.ProductView;
import io.shipshape.orders.OrderView.Totals;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.Money;
import io.shipshape.shared.ProblemType;

/**
 * Prices an order: each line at the channel's {@code unitPrice} or else the catalog price, then subtotal,
 * discount, shipping, tax (a flat rate of the destination country) and total. One currency per order.
 */
final class Pricing {

    record PricedLine(int lineNo, String sku, String name, int quantity, Money unitPrice, Money lineTotal) {
    }

    record Priced(List<PricedLine> lines, Totals totals) {
    }

    private Pricing() {
    }

    static Priced price(PlaceOrder cmd, Map<String, ProductView> products, int taxRateBasisPoints, boolean taxShipping) {
        try {
            return compute(cmd, products, taxRateBasisPoints, taxShipping);
        } catch (ArithmeticException overflow) {
            throw new DomainException(ProblemType.BUSINESS_RULE, "The order's amounts are too large to compute");
        }
    }

    private static Priced compute(PlaceOrder cmd, Map<String, ProductView> products, int taxRateBasisPoints,
                                  boolean taxShipping) {
        List<PricedLine> lines = new ArrayList<>();
        Money subtotal = null;
        int lineNo = 1;
        for (PlaceOrder.Line l : cmd.lines()) {
            ProductView product = products.get(l.sku());
            Money unit = l.unitPrice() != null
                    ? sameCurrency(product.price(), l.unitPrice(), "lines[" + (lineNo - 1) + "].unitPrice")
                    : product.price();
            Money lineTotal = unit.times(l.quantity());
            subtotal = subtotal == null ? lineTotal
                    : subtotal.plus(sameCurrency(subtotal, lineTotal, "lines[" + (lineNo - 1) + "].unitPrice"));
            lines.add(new PricedLine(lineNo++, l.sku(), product.name(), l.quantity(), unit, lineTotal));
        }
        Money zero = Money.zero(subtotal.currency());
        Money discount = cmd.discount() == null ? zero : sameCurrency(subtotal, cmd.discount(), "discount");
        Money shipping = cmd.shippingMethod() == null || cmd.shippingMethod().price() == null ? zero
                : sameCurrency(subtotal, cmd.shippingMethod().price(), "shippingMethod.price");
        if (discount.isGreaterThan(subtotal)) {
            throw new DomainException(ProblemType.BUSINESS_RULE, "The discount " + discount
                    + " is larger than the subtotal " + subtotal).with("field", "discount");
        }
        Money taxable = subtotal.minus(discount);
        if (taxShipping) {
            taxable = taxable.plus(shipping);
        }
        Money tax = taxable.percentOf(taxRateBasisPoints);
        Money total = subtotal.minus(discount).plus(shipping).plus(tax);
        return new Priced(lines, new Totals(subtotal, discount, shipping, tax, total));
    }

    /** Returns {@code other} if it is in the currency of {@code reference}, else a currency-mismatch problem. */
    private static Money sameCurrency(Money reference, Money other, String field) {
        if (!reference.currency().equals(other.currency())) {
            throw new DomainException(ProblemType.CURRENCY_MISMATCH, "'" + field + "' is in "
                    + other.currencyCode() + " but the order is in " + reference.currencyCode()).with("field", field);
        }
        return other;
    }
}
