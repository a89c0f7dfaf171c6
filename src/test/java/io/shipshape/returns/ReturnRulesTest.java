package io.shipshape.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.shipshape.customers.CustomerId;
import io.shipshape.orders.Channel;
import io.shipshape.orders.FulfillmentStatus;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderStatus;
import io.shipshape.orders.OrderView;
import io.shipshape.orders.PaymentStatus;
import io.shipshape.shared.Money;
import org.junit.jupiter.api.Test;

/** The status tables of returns and cases, and what a returned unit is worth (no Spring). */
class ReturnRulesTest {

    @Test
    void returnStatusTable() {
        assertThat(ReturnStatus.REQUESTED.canMoveTo(ReturnStatus.APPROVED)).isTrue();
        assertThat(ReturnStatus.REQUESTED.canMoveTo(ReturnStatus.RECEIVED)).isFalse();
        assertThat(ReturnStatus.REJECTED.canMoveTo(ReturnStatus.APPROVED)).isFalse();
        assertThat(ReturnStatus.COMPLETED.canMoveTo(ReturnStatus.RECEIVED)).isFalse();
        assertThat(ReturnStatus.COMPLETED.receivable()).isTrue();
        assertThat(ReturnStatus.REQUESTED.receivable()).isFalse();
        assertThat(ReturnStatus.REJECTED.holdsQuantities()).isFalse();
    }

    @Test
    void caseStatusTable() {
        assertThat(CaseStatus.OPEN.canMoveTo(CaseStatus.WAITING_ON_CUSTOMER)).isTrue();
        assertThat(CaseStatus.RESOLVED.canMoveTo(CaseStatus.OPEN)).isTrue();
        assertThat(CaseStatus.RESOLVED.canMoveTo(CaseStatus.WAITING_ON_CUSTOMER)).isFalse();
        assertThat(CaseStatus.OPEN.canMoveTo(CaseStatus.OPEN)).isFalse();
    }

    @Test
    void unitValueCarriesDiscountAndTaxInProportionButNotShipping() {
        // 2 x 10.00 + 1 x 30.00 = 50.00, discount 5.00, tax 9.00 (on goods), shipping 4.90: total 58.90
        OrderView order = order(5000, 500, 490, 900, List.of(line(1000, 2), line(3000, 1)));
        assertThat(ReturnValues.unitValue(order, order.lines().get(0))).isEqualTo(usd(1080)); // 10.00 * 54/50
        assertThat(ReturnValues.unitValue(order, order.lines().get(1))).isEqualTo(usd(3240));
        OrderView plain = order(2000, 0, 500, 0, List.of(line(1000, 2)));
        assertThat(ReturnValues.unitValue(plain, plain.lines().get(0))).isEqualTo(usd(1000));
    }

    private static OrderView.Line line(long unit, int quantity) {
        return new OrderView.Line(1, "SKU", "Item", quantity, usd(unit), usd(unit * quantity), List.of(), 0);
    }

    private static OrderView order(long subtotal, long discount, long shipping, long tax, List<OrderView.Line> lines) {
        long total = subtotal - discount + shipping + tax;
        return new OrderView(new OrderId(java.util.UUID.randomUUID()), "SO-1", OrderStatus.SHIPPED,
                PaymentStatus.CAPTURED, FulfillmentStatus.FULFILLED, Channel.WEB, null,
                new OrderView.Customer(new CustomerId(java.util.UUID.randomUUID()), "a@example.com", "A", null), null,
                null, lines, new OrderView.Totals(usd(subtotal), usd(discount), usd(shipping), usd(tax), usd(total)),
                null, null, null, null, List.of(), "t", Instant.EPOCH, Instant.EPOCH);
    }

    private static Money usd(long minor) {
        return Money.of(minor, "USD");
    }
}
