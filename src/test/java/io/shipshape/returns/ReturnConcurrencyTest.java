package io.shipshape.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;

import io.shipshape.ApiClient;
import io.shipshape.Race;
import io.shipshape.ShipshapeTest;
import io.shipshape.fulfillment.FulfillmentManagement;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderPayments;
import io.shipshape.orders.OrderView;
import io.shipshape.payments.PaymentManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two staff receiving the same return at the same moment (real threads; it matters on PostgreSQL): the return's
 * row lock serialises them, so the goods are restocked once and the second receipt is refused.
 */
@ShipshapeTest
class ReturnConcurrencyTest {

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
    ReturnManagement returns;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoStaffReceivingTheSameReturnRestockItOnce() throws Exception {
        ReturnFixtures fx = new ReturnFixtures(ApiClient.admin(mvc), orders, port, payments, fulfillment, jdbc);
        String sku = fx.products(10, 1000).get(0);
        for (int round = 0; round < 3; round++) {
            OrderView order = fx.shippedOrder(sku, 3, 0);
            String id = fx.approved(order.id(), "REFUND", sku, 3, "DEFECTIVE");
            int before = fx.stock(sku)[0];
            String body = ReturnFixtures.receive(fx.warehouse, sku, 3, "RESELLABLE");
            List<Callable<Integer>> calls = List.of(
                    () -> fx.api.post("/api/v1/returns/" + id + "/receive", body).andReturn().getResponse().getStatus(),
                    () -> fx.api.post("/api/v1/returns/" + id + "/receive", body).andReturn().getResponse().getStatus());
            List<Integer> statuses = Race.run(calls, 2);
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            assertThat(fx.stock(sku)[0]).isEqualTo(before + 3);
            ReturnView r = returns.get(new ReturnId(java.util.UUID.fromString(id)));
            assertThat(r.lines().get(0).receivedResellable()).isEqualTo(3);
            assertThat(r.receipts()).hasSize(1);
        }
        fx.assertConsistent();
    }

    @Test
    void concurrentPartialReceiptsNeverExceedTheReturn() throws Exception {
        ReturnFixtures fx = new ReturnFixtures(ApiClient.admin(mvc), orders, port, payments, fulfillment, jdbc);
        String sku = fx.products(10, 1000).get(0);
        OrderView order = fx.shippedOrder(sku, 3, 0);
        String id = fx.approved(order.id(), "REFUND", sku, 3, "DEFECTIVE");
        int before = fx.stock(sku)[0];
        String body = ReturnFixtures.receive(fx.warehouse, sku, 2, "RESELLABLE");
        List<Callable<Integer>> calls = List.of(
                () -> fx.api.post("/api/v1/returns/" + id + "/receive", body).andReturn().getResponse().getStatus(),
                () -> fx.api.post("/api/v1/returns/" + id + "/receive", body).andReturn().getResponse().getStatus());
        assertThat(Race.run(calls, 2)).containsExactlyInAnyOrder(200, 422);
        assertThat(fx.stock(sku)[0]).isEqualTo(before + 2);
        fx.assertConsistent();
    }
}
