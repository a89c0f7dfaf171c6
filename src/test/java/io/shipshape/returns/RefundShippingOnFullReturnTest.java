package io.shipshape.returns;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.fulfillment.FulfillmentManagement;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderPayments;
import io.shipshape.orders.OrderView;
import io.shipshape.orders.TimelineEntry;
import io.shipshape.payments.PaymentManagement;
import io.shipshape.shared.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code shipshape.returns.refund-shipping: FULL_RETURN}: shipping is paid back with the return that brings back
 * the order's last unit, and never with one that leaves units with the customer. (The default, NEVER, is what
 * {@link ReturnApiTest} sees: a full return refunds the goods only.)
 */
@ShipshapeTest
@TestPropertySource(properties = "shipshape.returns.refund-shipping=FULL_RETURN")
class RefundShippingOnFullReturnTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderManagement orders;
    @Autowired
    OrderPayments port;
    @Autowired
    PaymentManagement payments;
    @Autowired
    FulfillmentManagement fulfillment;
    @Autowired
    JdbcClient jdbc;

    ReturnFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ReturnFixtures(ApiClient.admin(mvc), orders, port, payments, fulfillment, jdbc);
    }

    @Test
    void refundingAFullReturnIncludesTheShipping() throws Exception {
        String sku = fx.products(10, 1000).get(0);
        OrderView order = fx.shippedOrder(sku, 2, 500);

        String refund = receivedAndRefunded(order, sku, 2);
        assertThat(JsonPath.<Integer>read(refund, "$.refund.amount.amount")).isEqualTo(2500);
        assertThat(JsonPath.<Integer>read(refund, "$.refund.shipping.amount")).isEqualTo(500);
        assertThat(fx.refunded(order.id())).isEqualTo(Money.of(2500, "USD"));
        assertThat(orders.timeline(order.id())).extracting(TimelineEntry::message)
                .anyMatch(m -> m.endsWith("refunded 25.00 USD (incl. shipping 5.00 USD)"));
    }

    @Test
    void refundingAPartialReturnLeavesTheShippingUntilTheLastUnitComesBack() throws Exception {
        String sku = fx.products(10, 1000).get(0);
        OrderView order = fx.shippedOrder(sku, 2, 500);

        String partial = receivedAndRefunded(order, sku, 1);
        assertThat(JsonPath.<Integer>read(partial, "$.refund.amount.amount")).isEqualTo(1000);
        assertThat(JsonPath.<Integer>read(partial, "$.refund.shipping.amount")).isZero();
        assertThat(fx.refunded(order.id())).isEqualTo(Money.of(1000, "USD"));

        String last = receivedAndRefunded(order, sku, 1);
        assertThat(JsonPath.<Integer>read(last, "$.refund.amount.amount")).isEqualTo(1500);
        assertThat(JsonPath.<Integer>read(last, "$.refund.shipping.amount")).isEqualTo(500);
        assertThat(fx.refunded(order.id())).isEqualTo(Money.of(2500, "USD"));
    }

    /** Requests, approves, receives (resellable) and refunds a return of {@code quantity} units; its JSON after. */
    private String receivedAndRefunded(OrderView order, String sku, int quantity) throws Exception {
        String id = fx.approved(order.id(), "REFUND", sku, quantity, "NO_LONGER_NEEDED");
        fx.post("/api/v1/returns/" + id + "/receive", ReturnFixtures.receive(fx.warehouse, sku, quantity,
                "RESELLABLE"), 200);
        return fx.post("/api/v1/returns/" + id + "/refund", "{}", 200);
    }
}
