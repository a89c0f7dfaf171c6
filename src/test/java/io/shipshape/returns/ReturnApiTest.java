package io.shipshape.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.fulfillment.FulfillmentManagement;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderPayments;
import io.shipshape.orders.OrderView;
import io.shipshape.orders.TimelineEntry;
import io.shipshape.payments.PaymentManagement;
import io.shipshape.payments.RefundPayment;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.Money;
import io.shipshape.shared.ProblemType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Returns over the API on shipped, paid orders: full and partial returns, mixed conditions with stock and the
 * ledger checked, quantity limits, refund limits, early refunds, exchanges with the price difference either way,
 * and the return window.
 */
@ShipshapeTest
class ReturnApiTest {

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

    ReturnFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ReturnFixtures(ApiClient.admin(mvc), orders, port, payments, fulfillment, jdbc);
    }

    @Test
    void fullReturnIsReceivedBackToStockAndRefunded() throws Exception {
        String sku = fx.products(10, 1000).get(0);
        OrderView order = fx.shippedOrder(sku, 2, 500);
        assertThat(fx.stock(sku)).containsExactly(8, 0);

        String id = fx.approved(order.id(), "REFUND", sku, 2, "SIZE_OR_FIT");
        String received = fx.post("/api/v1/returns/" + id + "/receive",
                ReturnFixtures.receive(fx.warehouse, sku, 2, "RESELLABLE"), 200);
        assertThat(JsonPath.<String>read(received, "$.status")).isEqualTo("RECEIVED");
        assertThat(JsonPath.<Integer>read(received, "$.missingUnits")).isZero();
        assertThat(fx.stock(sku)).containsExactly(10, 0);

        String refunded = fx.post("/api/v1/returns/" + id + "/refund", "{}", 200);
        assertThat(JsonPath.<String>read(refunded, "$.status")).isEqualTo("COMPLETED");
        assertThat(JsonPath.<Integer>read(refunded, "$.refund.amount.amount")).isEqualTo(2000);
        assertThat(fx.refunded(order.id())).isEqualTo(Money.of(2000, "USD"));
        assertThat(orders.timeline(order.id()).stream().map(TimelineEntry::type))
                .contains("RETURN_REQUESTED", "RETURN_APPROVED", "RETURN_RECEIVED", "RETURN_REFUNDED");
        fx.post("/api/v1/returns/" + id + "/refund", "{}", 409);
        assertThat(fx.refunded(order.id())).isEqualTo(Money.of(2000, "USD"));
        fx.assertConsistent();
    }

    @Test
    void partialReturnWithMixedConditionsRestocksOnlyResellableAndShowsWhatIsMissing() throws Exception {
        List<String> skus = fx.products(10, 1000, 2500);
        String a = skus.get(0);
        String b = skus.get(1);
        OrderView order = fx.shippedOrder(new LinkedHashMap<>(Map.of(a, 3, b, 2)), 0);
        String id = fx.approved(order.id(), "REFUND", a, 2, "DEFECTIVE", b, 1, "NO_LONGER_NEEDED");

        String body = fx.post("/api/v1/returns/" + id + "/receive",
                ReturnFixtures.receive(fx.warehouse, a, 1, "RESELLABLE", a, 1, "DAMAGED"), 200);
        assertThat(JsonPath.<String>read(body, "$.status")).isEqualTo("PARTIALLY_RECEIVED");
        assertThat(JsonPath.<Integer>read(body, "$.missingUnits")).isEqualTo(1);
        assertThat(JsonPath.<List<Integer>>read(body, "$.lines[?(@.sku == '" + b + "')].missing")).containsExactly(1);
        assertThat(fx.stock(a)).containsExactly(8, 0); // 10 - 3 shipped + 1 resellable; the damaged one written off
        String movements = fx.api.get("/api/v1/inventory/{sku}/movements", a).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(movements, "$.items[*].type")).contains("RETURN_RESTOCK", "WRITE_OFF");
        fx.assertConsistent();

        String refunded = fx.post("/api/v1/returns/" + id + "/refund", "{}", 200);
        assertThat(JsonPath.<Integer>read(refunded, "$.refund.amount.amount")).isEqualTo(2000); // received A units only
        assertThat(JsonPath.<Integer>read(refunded, "$.missingUnits")).isEqualTo(1);

        // The missing unit arrives after the refund: stocked, still visible on the completed return.
        String late = fx.post("/api/v1/returns/" + id + "/receive", ReturnFixtures.receive(fx.warehouse, b, 1,
                "RESELLABLE"), 200);
        assertThat(JsonPath.<String>read(late, "$.status")).isEqualTo("COMPLETED");
        assertThat(JsonPath.<Integer>read(late, "$.missingUnits")).isZero();
        assertThat(fx.stock(b)).containsExactly(9, 0);
        fx.post("/api/v1/returns/" + id + "/receive", ReturnFixtures.receive(fx.warehouse, b, 1, "RESELLABLE"), 409);
        fx.assertConsistent();
    }

    @Test
    void quantitiesNeverExceedShippedMinusReturned() throws Exception {
        String sku = fx.products(10, 1000).get(0);
        OrderView order = fx.shippedOrder(sku, 2, 0);
        fx.api.post("/api/v1/orders/" + order.id() + "/returns", "{\"lines\":[{\"sku\":\"" + sku
                        + "\",\"quantity\":3,\"reason\":\"DEFECTIVE\"}],\"resolution\":\"REFUND\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("/problems/not-returnable"))
                .andExpect(jsonPath("$.returnable").value(2));
        String first = JsonPath.read(fx.requestReturn(order.id(), "REFUND", 201, sku, 1, "DEFECTIVE"), "$.id");
        fx.requestReturn(order.id(), "REFUND", 422, sku, 2, "DEFECTIVE");
        fx.requestReturn(order.id(), "REFUND", 422, "NOT-IN-ORDER", 1, "DEFECTIVE");
        fx.requestReturn(order.id(), "REFUND", 400, sku, 1, "BORED");
        fx.requestReturn(order.id(), "REPAIR", 400, sku, 1, "DEFECTIVE");
        fx.post("/api/v1/returns/" + first + "/receive", ReturnFixtures.receive(fx.warehouse, sku, 1, "RESELLABLE"),
                409); // not approved yet
        fx.post("/api/v1/returns/" + first + "/reject", "{\"reason\":\"Worn\"}", 200);
        fx.post("/api/v1/returns/" + first + "/approve", "{}", 409);
        String second = fx.approved(order.id(), "REFUND", sku, 2, "DEFECTIVE"); // the rejected unit is returnable again
        fx.post("/api/v1/returns/" + second + "/receive", ReturnFixtures.receive(fx.warehouse, sku, 3, "RESELLABLE"),
                422);
        fx.post("/api/v1/returns/" + second + "/receive", ReturnFixtures.receive("NO-SUCH-LOC", sku, 1, "RESELLABLE"),
                422);
        fx.api.get("/api/v1/returns?orderId=" + order.id()).andExpect(jsonPath("$.items.length()").value(2));
        fx.api.get("/api/v1/returns?status=REJECTED&orderId=" + order.id())
                .andExpect(jsonPath("$.items[0].id").value(first));
        fx.api.get("/api/v1/returns?status=CLOSED").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value("status"));
        fx.assertConsistent();

        String unshipped = fx.orders.stockedProduct(fx.warehouse, 5);
        String placed = JsonPath.read(fx.orders.place(io.shipshape.orders.OrderFixtures.order("WEB")
                .line(unshipped, 1)), "$.id");
        fx.requestReturn(new io.shipshape.orders.OrderId(java.util.UUID.fromString(placed)), "REFUND", 422,
                unshipped, 1, "DEFECTIVE");
    }

    @Test
    void refundNeverExceedsCapturedMinusRefundedAndEarlyRefundRecordsWhoAndWhy() throws Exception {
        String sku = fx.products(10, 1000).get(0);
        OrderView order = fx.shippedOrder(sku, 2, 0);
        payments.refund(order.id(), new RefundPayment(Money.of(1500, "USD"), "goodwill", null, null, "test"));
        String id = fx.approved(order.id(), "REFUND", sku, 2, "DEFECTIVE");
        fx.post("/api/v1/returns/" + id + "/receive", ReturnFixtures.receive(fx.warehouse, sku, 2, "RESELLABLE"), 200);
        fx.api.post("/api/v1/returns/" + id + "/refund", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/refund-exceeds-captured"));
        assertThat(returns.get(new ReturnId(java.util.UUID.fromString(id))).status()).isEqualTo(ReturnStatus.RECEIVED);
        assertThat(fx.refunded(order.id())).isEqualTo(Money.of(1500, "USD"));

        OrderView other = fx.shippedOrder(sku, 1, 0);
        String early = fx.approved(other.id(), "REFUND", sku, 1, "WRONG_ITEM");
        fx.post("/api/v1/returns/" + early + "/refund", "{}", 409);
        fx.post("/api/v1/returns/" + early + "/refund", "{\"beforeReceipt\":true}", 400);
        String done = fx.post("/api/v1/returns/" + early + "/refund",
                "{\"beforeReceipt\":true,\"note\":\"Loyal customer, parcel lost by carrier\"}", 200);
        assertThat(JsonPath.<String>read(done, "$.refund.by")).isEqualTo("api-key:bootstrap-admin");
        assertThat(JsonPath.<String>read(done, "$.refund.note")).isEqualTo("Loyal customer, parcel lost by carrier");
        assertThat(JsonPath.<Integer>read(done, "$.missingUnits")).isEqualTo(1);
        assertThat(fx.refunded(other.id())).isEqualTo(Money.of(1000, "USD"));
    }

    @Test
    void exchangeForDearerGoodsLeavesTheDifferenceToPayAndReservesAtOnce() throws Exception {
        List<String> skus = fx.products(10, 1000, 1500);
        OrderView order = fx.shippedOrder(skus.get(0), 1, 0);
        String id = fx.approved(order.id(), "EXCHANGE", skus.get(0), 1, "SIZE_OR_FIT");
        fx.post("/api/v1/returns/" + id + "/refund", "{}", 409);
        String done = fx.post("/api/v1/returns/" + id + "/exchange", "{\"lines\":[{\"sku\":\"" + skus.get(1)
                + "\",\"quantity\":1}]}", 200);
        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("COMPLETED");
        OrderView replacement = orders.get(new io.shipshape.orders.OrderId(java.util.UUID.fromString(
                JsonPath.read(done, "$.exchangeOrderId"))));
        assertThat(replacement.customer().email()).isEqualTo(order.customer().email());
        assertThat(replacement.channel()).isEqualTo(order.channel());
        assertThat(replacement.totals().discount()).isEqualTo(Money.of(1000, "USD"));
        assertThat(replacement.totals().total()).isEqualTo(Money.of(500, "USD"));
        assertThat(replacement.tags()).contains("exchange");
        assertThat(replacement.lines().get(0).allocations()).isNotEmpty();
        assertThat(fx.stock(skus.get(1))[1]).isEqualTo(1);
        assertThat(fx.refunded(order.id())).isEqualTo(Money.of(0, "USD"));
        fx.post("/api/v1/returns/" + id + "/exchange", "{\"lines\":[{\"sku\":\"" + skus.get(1)
                + "\",\"quantity\":1}]}", 409);
    }

    @Test
    void exchangeForCheaperGoodsRefundsTheDifference() throws Exception {
        List<String> skus = fx.products(10, 1500, 1000);
        OrderView order = fx.shippedOrder(skus.get(0), 1, 0);
        String id = fx.approved(order.id(), "EXCHANGE", skus.get(0), 1, "NOT_AS_DESCRIBED");
        fx.post("/api/v1/returns/" + id + "/receive", ReturnFixtures.receive(fx.warehouse, skus.get(0), 1,
                "RESELLABLE"), 200);
        String done = fx.post("/api/v1/returns/" + id + "/exchange", "{\"lines\":[{\"sku\":\"" + skus.get(1)
                + "\",\"quantity\":1}]}", 200);
        OrderView replacement = orders.get(new io.shipshape.orders.OrderId(java.util.UUID.fromString(
                JsonPath.read(done, "$.exchangeOrderId"))));
        assertThat(replacement.totals().total()).isEqualTo(Money.of(0, "USD"));
        assertThat(JsonPath.<Integer>read(done, "$.refund.amount.amount")).isEqualTo(500);
        assertThat(fx.refunded(order.id())).isEqualTo(Money.of(500, "USD"));
        fx.assertConsistent();
    }

    @Test
    void customersRequestOnlyWithinTheReturnWindow() throws Exception {
        String sku = fx.products(10, 1000).get(0);
        OrderView order = fx.shippedOrder(sku, 2, 0);
        fx.shippedDaysAgo(order.id(), 40);
        RequestReturn byCustomer = new RequestReturn(order.id(), List.of(new RequestReturn.Line(sku, 1, "DEFECTIVE")),
                ReturnResolution.REFUND, true, "customer");
        assertThatThrownBy(() -> returns.request(byCustomer)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).type()).isEqualTo(ProblemType.RETURN_WINDOW_CLOSED));
        assertThat(returns.withinWindow(order.id())).isFalse();
        fx.requestReturn(order.id(), "REFUND", 201, sku, 1, "DEFECTIVE"); // staff may still

        fx.shippedDaysAgo(order.id(), 10);
        assertThat(returns.withinWindow(order.id())).isTrue();
        ReturnView r = returns.request(byCustomer);
        assertThat(r.byCustomer()).isTrue();
        assertThat(r.requestedBy()).isEqualTo("customer:" + order.customer().email());
    }

    @Test
    void resellableReturnsFillBackordersFirst() throws Exception {
        fx.products(0, 100);
        String sku = fx.orders.product(1000, "USD", true);
        fx.orders.stock(sku, fx.warehouse, 1);
        OrderView first = fx.shippedOrder(sku, 1, 0);
        OrderView waiting = orders.place(new io.shipshape.orders.PlaceOrder(io.shipshape.orders.Channel.WEB, null,
                new io.shipshape.orders.PlaceOrder.CustomerData(io.shipshape.orders.OrderFixtures.uniqueEmail("bo"),
                        "Bo Order", null), null, null, List.of(new io.shipshape.orders.PlaceOrder.Line(sku, 1, null)),
                null, null, null, fx.warehouse, null, null, null, "test"));
        assertThat(waiting.lines().get(0).backorderedQuantity()).isEqualTo(1);
        String id = fx.approved(first.id(), "REFUND", sku, 1, "NO_LONGER_NEEDED");
        fx.post("/api/v1/returns/" + id + "/receive", ReturnFixtures.receive(fx.warehouse, sku, 1, "RESELLABLE"), 200);
        assertThat(fx.stock(sku)).containsExactly(1, 1); // back on hand and reserved at once for the backorder
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(orders.get(waiting.id()).lines().get(0).backorderedQuantity()).isZero());
        fx.assertConsistent();
    }
}
