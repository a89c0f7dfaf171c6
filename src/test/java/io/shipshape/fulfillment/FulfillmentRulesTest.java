package io.shipshape.fulfillment;

import static io.shipshape.fulfillment.FulfillmentOrderStatus.CANCELLED;
import static io.shipshape.fulfillment.FulfillmentOrderStatus.DELIVERED;
import static io.shipshape.fulfillment.FulfillmentOrderStatus.OPEN;
import static io.shipshape.fulfillment.FulfillmentOrderStatus.PACKED;
import static io.shipshape.fulfillment.FulfillmentOrderStatus.PICKING;
import static io.shipshape.fulfillment.FulfillmentOrderStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.shipshape.orders.Channel;
import io.shipshape.orders.FulfillmentStatus;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderStatus;
import io.shipshape.orders.OrderView;
import io.shipshape.orders.PaymentStatus;
import io.shipshape.shared.Money;
import org.junit.jupiter.api.Test;

/** The transition table, the derived order fulfillment status and the captured share, without Spring. */
class FulfillmentRulesTest {

    static final OrderId ORDER = new OrderId(UUID.randomUUID());

    @Test
    void theTransitionTableAllowsTheWarehouseFlowAndNothingBackwards() {
        assertThat(OPEN.canMoveTo(PICKING)).isTrue();
        assertThat(OPEN.canMoveTo(PACKED)).isTrue();
        assertThat(PICKING.canMoveTo(PACKED)).isTrue();
        assertThat(PACKED.canMoveTo(SHIPPED)).isTrue();
        assertThat(SHIPPED.canMoveTo(DELIVERED)).isTrue();
        assertThat(OPEN.canMoveTo(SHIPPED)).isFalse();
        assertThat(SHIPPED.canMoveTo(CANCELLED)).isFalse();
        assertThat(DELIVERED.canMoveTo(OPEN)).isFalse();
        assertThat(CANCELLED.canMoveTo(PICKING)).isFalse();
    }

    @Test
    void theOrdersFulfillmentStatusIsDerivedFromUnitsShippedAndDelivered() {
        OrderView order = order(4, 10_000);
        assertThat(OrderFulfillmentStatus.derive(OrderFulfillmentStatus.units(order), List.of(f(OPEN, 4)))).isEqualTo(FulfillmentStatus.UNFULFILLED);
        assertThat(OrderFulfillmentStatus.derive(OrderFulfillmentStatus.units(order), List.of(f(SHIPPED, 1), f(OPEN, 3))))
                .isEqualTo(FulfillmentStatus.PARTIALLY_FULFILLED);
        assertThat(OrderFulfillmentStatus.derive(OrderFulfillmentStatus.units(order), List.of(f(SHIPPED, 1), f(DELIVERED, 3))))
                .isEqualTo(FulfillmentStatus.FULFILLED);
        assertThat(OrderFulfillmentStatus.derive(OrderFulfillmentStatus.units(order), List.of(f(DELIVERED, 1), f(DELIVERED, 3), f(CANCELLED, 2))))
                .isEqualTo(FulfillmentStatus.DELIVERED);
    }

    @Test
    void eachShipmentCapturesItsShareAndTheLastTheRemainder() {
        OrderView order = order(3, 3_100); // 3 x 10.00 + 1.00 shipping
        assertThat(ShipmentCapture.amount(order, f(SHIPPED, 1), false, 0).amountMinor()).isEqualTo(1_033);
        assertThat(ShipmentCapture.amount(order, f(SHIPPED, 1), false, 1_033).amountMinor()).isEqualTo(1_033);
        assertThat(ShipmentCapture.amount(order, f(SHIPPED, 1), true, 2_066).amountMinor()).isEqualTo(1_034);
    }

    @Test
    void binsSortNaturally() {
        List<String> bins = new java.util.ArrayList<>(List.of("A-10", "b-1", "A-2", "A-02-3", "A-1", "A-2-10", "A-2-9"));
        bins.sort(PickLists::compareNaturally);
        assertThat(bins).containsExactly("A-1", "A-2", "A-02-3", "A-2-9", "A-2-10", "A-10", "b-1");
    }

    static OrderView order(int units, long total) {
        Money price = Money.of(1000, "USD");
        return new OrderView(ORDER, "SO-1", OrderStatus.IN_FULFILLMENT, PaymentStatus.AUTHORIZED,
                FulfillmentStatus.UNFULFILLED, Channel.WEB, null, null, null, null,
                List.of(new OrderView.Line(1, "SKU", "Thing", units, price, price.times(units), List.of(), 0)),
                new OrderView.Totals(price.times(units), Money.of(0, "USD"), Money.of(total - 1000L * units, "USD"),
                        Money.of(0, "USD"), Money.of(total, "USD")), null, null, null, null, List.of(), null,
                Instant.now(), Instant.now());
    }

    static FulfillmentView f(FulfillmentOrderStatus status, int units) {
        return new FulfillmentView(new FulfillmentId(UUID.randomUUID()), ORDER, "SO-1", "WH", FulfillmentKind.SHIP,
                status, List.of(new FulfillmentView.Line(1, "SKU", units, units)), null, null, null, null, null, null,
                null, 100, 0, Instant.now(), Instant.now(), null, null);
    }
}
