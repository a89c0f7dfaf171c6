package io.shipshape.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.shipshape.customers.CustomerId;
import io.shipshape.shared.Money;
import org.junit.jupiter.api.Test;

/** The transition table, pair by pair, and the verbs that use it (plain JUnit, no Spring). */
class OrderStatusTest {

    static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = Map.of(
            OrderStatus.PENDING, EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.ON_HOLD, OrderStatus.CANCELLED),
            OrderStatus.CONFIRMED, EnumSet.of(OrderStatus.IN_FULFILLMENT, OrderStatus.ON_HOLD, OrderStatus.CANCELLED),
            OrderStatus.ON_HOLD, EnumSet.of(OrderStatus.PENDING, OrderStatus.CONFIRMED, OrderStatus.IN_FULFILLMENT,
                    OrderStatus.CANCELLED),
            OrderStatus.IN_FULFILLMENT, EnumSet.of(OrderStatus.PARTIALLY_SHIPPED, OrderStatus.SHIPPED,
                    OrderStatus.ON_HOLD, OrderStatus.CANCELLED),
            OrderStatus.PARTIALLY_SHIPPED, EnumSet.of(OrderStatus.SHIPPED),
            OrderStatus.SHIPPED, EnumSet.of(OrderStatus.DELIVERED, OrderStatus.COMPLETED),
            OrderStatus.DELIVERED, EnumSet.of(OrderStatus.COMPLETED),
            OrderStatus.COMPLETED, EnumSet.noneOf(OrderStatus.class),
            OrderStatus.CANCELLED, EnumSet.noneOf(OrderStatus.class));

    @Test
    void everyPairIsAllowedExactlyAsTheTableSays() {
        int allowed = 0;
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
                allowed += from.canMoveTo(to) ? 1 : 0;
            }
        }
        assertThat(allowed).isEqualTo(18);
    }

    @Test
    void nothingLeavesCancelledOrCompletedAndShippedOrdersCannotBeCancelled() {
        for (OrderStatus to : OrderStatus.values()) {
            assertThat(OrderStatus.CANCELLED.canMoveTo(to)).isFalse();
            assertThat(OrderStatus.COMPLETED.canMoveTo(to)).isFalse();
        }
        assertThat(OrderStatus.SHIPPED.canMoveTo(OrderStatus.CANCELLED)).isFalse();
        assertThat(OrderStatus.PARTIALLY_SHIPPED.canMoveTo(OrderStatus.CANCELLED)).isFalse();
    }

    @Test
    void aForbiddenMoveThrowsAndRecordsNothing() {
        OrderState s = state(OrderStatus.SHIPPED, ProcessingStage.RELEASED);
        assertThatThrownBy(() -> s.moveTo(OrderStatus.CANCELLED, "staff", "x"))
                .isInstanceOf(InvalidTransition.class).hasMessageContaining("SHIPPED");
        assertThat(s.transitions()).isEmpty();
        assertThat(s.events()).isEmpty();
        assertThat(s.status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void anAllowedMoveRecordsHistoryTimelineAndEvent() {
        OrderState s = state(OrderStatus.PENDING, ProcessingStage.PAYMENT_DECIDED);
        s.confirmAndRelease("system");
        assertThat(s.transitions()).extracting(t -> t.from() + ">" + t.to())
                .containsExactly("PENDING>CONFIRMED", "CONFIRMED>IN_FULFILLMENT");
        assertThat(s.events()).hasSize(3).last().isInstanceOf(OrderEvents.OrderReleasedToFulfillment.class);
        assertThat(s.stage()).isEqualTo(ProcessingStage.RELEASED);
    }

    @Test
    void releaseReturnsWhereThePipelineLeftTheOrder() {
        OrderState early = state(OrderStatus.ON_HOLD, ProcessingStage.VERIFIED);
        early.release("staff");
        assertThat(early.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(early.holdsCleared()).isTrue();
        OrderState late = state(OrderStatus.ON_HOLD, ProcessingStage.RELEASED);
        late.release("staff");
        assertThat(late.status()).isEqualTo(OrderStatus.IN_FULFILLMENT);
        assertThatThrownBy(() -> state(OrderStatus.PENDING, ProcessingStage.NEW).release("staff"))
                .isInstanceOf(InvalidTransition.class);
    }

    static OrderState state(OrderStatus status, ProcessingStage stage) {
        return new OrderState(new OrderId(UUID.randomUUID()), "SO-1", status, stage, PaymentStatus.PENDING,
                FulfillmentStatus.UNFULFILLED, 0, List.of(), new OrderState.Facts(Channel.WEB,
                new CustomerId(UUID.randomUUID()), "a@example.com", Money.of(1000, "USD"), null, null, "1 Main",
                "Town", "1", "US", "US", Instant.now()), Instant.now(), UUID::randomUUID);
    }
}
