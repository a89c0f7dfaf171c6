package io.shipshape.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.fulfillment.FulfillmentManagement;
import io.shipshape.orders.OrderHistoryEntry;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderLifecycle;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderPayments;
import io.shipshape.orders.OrderStatus;
import io.shipshape.payments.PaymentManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Shipped orders become COMPLETED once the return window has closed and no return of theirs is open. */
@ShipshapeTest
class OrderCompletionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderManagement orders;
    @Autowired
    OrderLifecycle lifecycle;
    @Autowired
    OrderPayments port;
    @Autowired
    PaymentManagement payments;
    @Autowired
    FulfillmentManagement fulfillment;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrderCompletion completion;

    ReturnFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ReturnFixtures(ApiClient.admin(mvc), orders, port, payments, fulfillment, jdbc);
    }

    @Test
    void aShippedOrderCompletesWhenItsReturnWindowClosesUnlessAReturnIsOpen() throws Exception {
        String sku = fx.products(10, 1000).get(0);
        OrderId quiet = fx.shippedOrder(sku, 1, 0).id();
        OrderId returning = fx.shippedOrder(sku, 2, 0).id();
        awaitStatus(quiet, OrderStatus.SHIPPED);
        awaitStatus(returning, OrderStatus.SHIPPED);
        String rma = fx.requestReturn(returning, "REFUND", 201, sku, 1, "DAMAGED");

        // Within the window nothing completes.
        completion.run(Instant.now());
        assertThat(orders.get(quiet).status()).isEqualTo(OrderStatus.SHIPPED);

        Instant later = Instant.now().plus(Duration.ofDays(31));
        completion.run(later);
        assertThat(orders.get(quiet).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(lifecycle.history(quiet)).last().satisfies(h -> {
            assertThat(h.from()).isEqualTo(OrderStatus.SHIPPED);
            assertThat(h.actor()).isEqualTo(OrderCompletion.ACTOR);
            assertThat(h.reason()).contains("return window of 30 days closed");
        });
        assertThat(orders.get(returning).status()).isEqualTo(OrderStatus.SHIPPED); // its return is open

        fx.post("/api/v1/returns/" + com.jayway.jsonpath.JsonPath.read(rma, "$.id") + "/reject",
                "{\"reason\": \"outside policy\"}", 200);
        completion.run(later);
        assertThat(orders.get(returning).status()).isEqualTo(OrderStatus.COMPLETED);
        // Completed orders are left alone afterwards.
        completion.run(later);
        assertThat(lifecycle.history(returning)).extracting(OrderHistoryEntry::to)
                .filteredOn(s -> s == OrderStatus.COMPLETED).hasSize(1);
    }

    private void awaitStatus(OrderId id, OrderStatus status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> orders.get(id).status() == status);
    }
}
