package io.shipshape.returns;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderQuote;
import io.shipshape.orders.OrderView;
import io.shipshape.orders.PlaceOrder;
import io.shipshape.payments.PaymentManagement;
import io.shipshape.payments.PaymentTransaction;
import io.shipshape.payments.RefundPayment;
import io.shipshape.payments.TransactionStatus;
import io.shipshape.returns.ReturnEvents.ReturnCompleted;
import io.shipshape.returns.ReturnEvents.ReturnExchanged;
import io.shipshape.returns.ReturnEvents.ReturnRefunded;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.Money;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Settling a return, inside {@link ReturnManagement}'s transaction with the return's row locked: a refund through
 * the payments module, or an exchange as a replacement order. Payments refunds in its own transactions, keyed by
 * the return ({@code return:<id>}), so a retry after a failure here finds the same refund instead of paying twice;
 * its limit (captured minus refunded, {@code refund-exceeds-captured}) is the final word on how much may leave.
 */
@Component
class ReturnSettlement {

    private final ReturnRepository returns;
    private final OrderManagement orders;
    private final PaymentManagement payments;
    private final ShippedGoods shipped;
    private final ReturnsProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReturnSettlement(ReturnRepository returns, OrderManagement orders, PaymentManagement payments,
                     ShippedGoods shipped, ReturnsProperties properties, Clock clock,
                     ApplicationEventPublisher events) {
        this.returns = returns;
        this.orders = orders;
        this.payments = payments;
        this.shipped = shipped;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    void refund(ReturnView r, boolean beforeReceipt, String note, String actor) {
        if (r.resolution() != ReturnResolution.REFUND) {
            throw invalid(r, "is an exchange: settle it with a replacement order");
        }
        String why = note == null || note.isBlank() ? null : note.strip();
        boolean received = r.status() == ReturnStatus.RECEIVED || r.status() == ReturnStatus.PARTIALLY_RECEIVED;
        if (beforeReceipt) {
            if (why == null || why.length() > 500) {
                throw InvalidRequest.of("note", "say why (1 to 500 characters) when refunding before receipt");
            }
            if (r.status() != ReturnStatus.APPROVED && r.status() != ReturnStatus.PARTIALLY_RECEIVED) {
                throw invalid(r, "cannot be refunded before receipt");
            }
        } else if (!received) {
            throw invalid(r, "has received nothing to refund (refund before receipt needs a staff decision)");
        }
        Money goods = Money.zero(currency(r));
        for (ReturnView.Line l : r.lines()) {
            goods = goods.plus(l.unitValue().times(beforeReceipt ? l.quantity() : l.received()));
        }
        OrderView order = orders.get(r.orderId());
        Money shipping = shippingRefund(r, order);
        Money amount = goods.plus(shipping);
        if (amount.amountMinor() <= 0) {
            throw invalid(r, "has nothing of value to refund");
        }
        PaymentTransaction t = payments.refund(r.orderId(), new RefundPayment(amount, "Return " + r.number(),
                r.lines().stream().filter(l -> beforeReceipt || l.received() > 0).map(l -> new RefundPayment.Line(
                        l.sku(), beforeReceipt ? l.quantity() : l.received())).toList(),
                "return:" + r.id(), actor));
        if (t.status() == TransactionStatus.FAILED) {
            throw new DomainException(ProblemType.BUSINESS_RULE, "The payment gateway refused the refund of return "
                    + r.number() + (t.message() == null ? "" : ": " + t.message())
                    + "; refund it from the order's payments").with("transactionId", t.id().toString());
        }
        Instant now = Times.now(clock);
        returns.recordRefund(r.id(), new ReturnView.Refund(amount, shipping, actor,
                why != null ? why : null, now));
        returns.updateStatus(r.id(), ReturnStatus.COMPLETED, null, null, now);
        orders.record(r.orderId(), "RETURN_REFUNDED", "Return " + r.number() + " refunded " + amount.format()
                + (shipping.amountMinor() > 0 ? " (incl. shipping " + shipping.format() + ")" : "")
                + (beforeReceipt ? " before receipt: " + why : ""), actor);
        events.publishEvent(new ReturnRefunded(r.id(), r.number(), r.orderId(), amount, beforeReceipt, actor));
        events.publishEvent(new ReturnCompleted(r.id(), r.number(), r.orderId()));
    }

    /**
     * The replacement order: same customer, addresses, channel and payment method, the chosen SKUs priced from the
     * catalog, with the returned goods' value as its discount (at most its subtotal). What is left to pay is the
     * replacement order's total, which order processing authorises and captures like any order's ("charged"); when
     * the returned goods are worth more, the difference is refunded through payments.
     */
    void exchange(ReturnView r, List<RequestReturn.Line> replacement, String actor) {
        if (r.resolution() != ReturnResolution.EXCHANGE) {
            throw invalid(r, "asks for a refund, not an exchange");
        }
        if (r.exchangeOrderId() != null || !(r.status() == ReturnStatus.APPROVED
                || r.status() == ReturnStatus.PARTIALLY_RECEIVED || r.status() == ReturnStatus.RECEIVED)) {
            throw invalid(r, "cannot be exchanged now");
        }
        if (replacement == null || replacement.isEmpty()) {
            throw InvalidRequest.of("lines", "must not be empty");
        }
        for (int i = 0; i < replacement.size(); i++) {
            if (replacement.get(i).quantity() < 1) {
                throw InvalidRequest.of("lines[" + i + "].quantity", "must be at least 1");
            }
        }
        OrderView original = orders.get(r.orderId());
        Money credit = Money.zero(currency(r));
        for (ReturnView.Line l : r.lines()) {
            credit = credit.plus(l.unitValue().times(l.quantity()));
        }
        PlaceOrder draft = command(r, original, replacement, null, actor);
        OrderQuote quote = orders.quote(draft);
        Money subtotal = quote.totals().subtotal();
        if (!subtotal.currency().equals(credit.currency())) {
            throw new DomainException(ProblemType.CURRENCY_MISMATCH, "The replacement is priced in "
                    + subtotal.currencyCode() + " but order " + original.number() + " was paid in "
                    + credit.currencyCode());
        }
        Money discount = credit.isGreaterThan(subtotal) ? subtotal : credit;
        OrderView placed = orders.place(command(r, original, replacement, discount, actor));
        Money overpaid = credit.minus(discount);
        Instant now = Times.now(clock);
        if (overpaid.amountMinor() > 0) {
            payments.refund(r.orderId(), new RefundPayment(overpaid, "Exchange " + r.number() + ": difference",
                    null, "return:" + r.id(), actor));
            returns.recordRefund(r.id(), new ReturnView.Refund(overpaid, Money.zero(currency(r)), actor,
                    "price difference of exchange order " + placed.number(), now));
        }
        returns.recordExchange(r.id(), placed.id(), now);
        returns.updateStatus(r.id(), ReturnStatus.COMPLETED, null, null, now);
        Money difference = placed.totals().total().amountMinor() > 0 ? placed.totals().total()
                : Money.zero(currency(r)).minus(overpaid);
        orders.record(r.orderId(), "RETURN_EXCHANGED", "Return " + r.number() + " exchanged for order "
                + placed.number() + (overpaid.amountMinor() > 0 ? "; " + overpaid.format() + " refunded"
                : "; " + placed.totals().total().format() + " to pay on the new order"), actor);
        orders.record(placed.id(), "EXCHANGE", "Replacement for return " + r.number() + " of order "
                + original.number(), actor);
        events.publishEvent(new ReturnExchanged(r.id(), r.number(), r.orderId(), placed.id(), difference));
        events.publishEvent(new ReturnCompleted(r.id(), r.number(), r.orderId()));
    }

    private PlaceOrder command(ReturnView r, OrderView original, List<RequestReturn.Line> lines, Money discount,
                               String actor) {
        return new PlaceOrder(original.channel(), "exchange-" + r.number(),
                new PlaceOrder.CustomerData(original.customer().email(), original.customer().name(),
                        original.customer().phone()),
                original.shippingAddress(), original.billingAddress(),
                lines.stream().map(l -> new PlaceOrder.Line(l.sku(), l.quantity(), null)).toList(),
                null, discount, original.paymentMethod() == null ? null
                : new PlaceOrder.PaymentData(original.paymentMethod(), null),
                null, "Exchange for return " + r.number() + " of order " + original.number(),
                List.of("exchange", r.number()), null, actor);
    }

    /** Shipping comes back (policy FULL_RETURN) with the return that makes every shipped unit returned, once. */
    private Money shippingRefund(ReturnView r, OrderView order) {
        Money none = Money.zero(currency(r));
        if (properties.refundShipping() != ReturnsProperties.RefundShipping.FULL_RETURN
                || returns.shippingRefunded(r.orderId())) {
            return none;
        }
        ShippedGoods.Shipped gone = shipped.of(r.orderId());
        Map<String, Integer> held = returns.returnedBySku(r.orderId());
        int orderedUnits = order.lines().stream().mapToInt(OrderView.Line::quantity).sum();
        boolean all = gone.units() >= orderedUnits && gone.bySku().entrySet().stream()
                .allMatch(e -> held.getOrDefault(e.getKey(), 0) >= e.getValue());
        return all ? order.totals().shipping() : none;
    }

    private static java.util.Currency currency(ReturnView r) {
        return r.lines().get(0).unitValue().currency();
    }

    private static DomainException invalid(ReturnView r, String why) {
        return new DomainException(ProblemType.INVALID_TRANSITION, "Return " + r.number() + " (" + r.status() + ") "
                + why).with("status", r.status().name());
    }
}
