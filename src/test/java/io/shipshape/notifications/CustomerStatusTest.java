package io.shipshape.notifications;

import io.shipshape.orders.OrderStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A customer never sees an internal status: a hold is "received", a completed order "delivered". */
class CustomerStatusTest {

    @Test
    void internalStatusesAreShownInCustomerWords() {
        assertThat(CustomerStatus.of(OrderStatus.ON_HOLD, false)).isEqualTo(CustomerStatus.RECEIVED);
        assertThat(CustomerStatus.of(OrderStatus.PENDING, false)).isEqualTo(CustomerStatus.RECEIVED);
        assertThat(CustomerStatus.of(OrderStatus.IN_FULFILLMENT, false)).isEqualTo(CustomerStatus.PREPARING);
        assertThat(CustomerStatus.of(OrderStatus.IN_FULFILLMENT, true)).isEqualTo(CustomerStatus.READY_FOR_PICKUP);
        assertThat(CustomerStatus.of(OrderStatus.COMPLETED, false)).isEqualTo(CustomerStatus.DELIVERED);
        for (OrderStatus s : OrderStatus.values()) {
            assertThat(CustomerStatus.of(s, false).title()).doesNotContainIgnoringCase("hold");
        }
    }
}
