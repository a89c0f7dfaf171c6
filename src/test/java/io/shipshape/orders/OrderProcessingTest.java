package io.shipshape.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.TestData;
import io.shipshape.customers.CustomerManagement;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.orders.OrderPayments.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Each path through the processing pipeline, driven over the API, with a scripted payments port. */
@ShipshapeTest
@Import(ScriptedPayments.Config.class)
class OrderProcessingTest {

    @Autowired MockMvc mvc;
    @Autowired ScriptedPayments payments;
    @Autowired OrderLifecycle lifecycle;
    @Autowired CustomerManagement customers;
    @Autowired InventoryManagement inventory;
    @Autowired JdbcClient jdbc;

    ApiClient api;
    OrderFixtures fx;
    String warehouse;

    @BeforeEach
    void setUp() throws Exception {
        api = ApiClient.admin(mvc);
        fx = new OrderFixtures(api);
        warehouse = fx.warehouse(10);
    }

    @Test
    void cleanOrderIsConfirmedAndReleasedToFulfillment() throws Exception {
        String sku = fx.stockedProduct(warehouse, 10);
        String id = place(OrderFixtures.order("WEB").line(sku, 2).shipTo("US"));
        awaitStatus(id, "IN_FULFILLMENT");
        assertThat(history(id)).containsExactly("PENDING>CONFIRMED", "CONFIRMED>IN_FULFILLMENT");
        assertThat(payments.decisions(new OrderId(java.util.UUID.fromString(id)))).isEqualTo(1);
        String timeline = api.get("/api/v1/orders/{id}/timeline", id).andReturn().getResponse().getContentAsString();
        assertThat(timeline).contains("Payment authorised", "Status CONFIRMED → IN_FULFILLMENT");
    }

    @Test
    void incompleteAddressAndBlockedCustomerAreHeldByVerification() throws Exception {
        String sku = fx.stockedProduct(warehouse, 10);
        String noAddress = place(OrderFixtures.order("WEB").line(sku, 1));
        awaitStatus(noAddress, "ON_HOLD");
        api.get("/api/v1/orders/{id}", noAddress).andExpect(jsonPath("$.holds[0].reason").value("address-incomplete"));
        // A POS sale needs no address: it is released (and fulfillment then hands it over at the till).
        String pos = place(OrderFixtures.order("POS").locationCode(warehouse).line(sku, 1));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> history(pos).contains("CONFIRMED>IN_FULFILLMENT"));

        String email = OrderFixtures.uniqueEmail("blocked");
        String first = place(OrderFixtures.order("WEB").customer(email, "B").line(sku, 1).shipTo("US"));
        awaitStatus(first, "IN_FULFILLMENT");
        String customerId = JsonPath.read(get(first), "$.customer.id");
        api.post("/api/v1/customers/" + customerId + "/blocked", "{\"blocked\": true}").andExpect(status().isOk());
        String second = place(OrderFixtures.order("WEB").customer(email, "B").line(sku, 1).shipTo("US"));
        awaitStatus(second, "ON_HOLD");
        api.get("/api/v1/orders/{id}", second).andExpect(jsonPath("$.holds[0].reason").value("customer-blocked"));
    }

    @Test
    void eachRuleKindHoldsItsOrdersAndExplainsWhy() throws Exception {
        String sku = fx.stockedProduct(warehouse, 100);
        String nok = fx.product(600, "NOK");
        fx.stock(nok, warehouse, 10);
        String domain = TestData.unique("dom").toLowerCase() + ".test";
        record Case(Map<String, Object> condition, OrderFixtures.OrderBody order, String explained) {
        }
        String email = "x@" + domain;
        List<Case> cases = List.of(
                new Case(Map.of("type", "TOTAL_ABOVE", "amount", Map.of("amount", 1000, "currency", "NOK")),
                        OrderFixtures.order("WEB").line(nok, 2).shipTo("US"),
                        "total 12.00 NOK above 10.00 NOK"),
                new Case(Map.of("type", "FIRST_ORDER"), OrderFixtures.order("WEB").line(sku, 1).shipTo("US"),
                        "first order of"),
                new Case(Map.of("type", "COUNTRIES_DIFFER"),
                        OrderFixtures.order("WEB").line(sku, 1).shipTo("US").billTo("CA"),
                        "billing country CA differs from shipping country US"),
                new Case(Map.of("type", "SKU_QUANTITY_ABOVE", "sku", sku, "quantity", 3),
                        OrderFixtures.order("WEB").line(sku, 4).shipTo("US"), "4 x " + sku + " above 3"),
                new Case(Map.of("type", "CHANNEL_IN", "channels", List.of("MARKETPLACE")),
                        OrderFixtures.order("MARKETPLACE").line(sku, 1).shipTo("US"), "channel MARKETPLACE"),
                new Case(Map.of("type", "EMAIL_DOMAIN_IN", "domains", List.of(domain.toUpperCase())),
                        OrderFixtures.order("WEB").customer(email, "D").line(sku, 1).shipTo("US"),
                        "email domain " + domain),
                new Case(Map.of("type", "SHIPPING_COUNTRY_IN", "countries", List.of("is")),
                        OrderFixtures.order("WEB").line(sku, 1).shipTo("IS"), "shipping country IS"),
                new Case(Map.of("type", "SKU_IN", "skus", List.of(sku)),
                        OrderFixtures.order("WEB").line(sku, 1).shipTo("US"), "SKU " + sku),
                new Case(Map.of("type", "EMAIL_ORDERS_LAST_HOUR_ABOVE", "count", 1),
                        OrderFixtures.order("WEB").customer(email, "D").line(sku, 1).shipTo("US"),
                        "2 orders from " + email + " in the last hour, more than 1"));
        for (Case c : cases) {
            String name = TestData.unique("rule");
            String rule = api.post("/api/v1/hold-rules", OrderFixtures.json(Map.of("name", name, "enabled", true,
                            "condition", c.condition(), "action", Map.of("type", "HOLD", "reason", "review-me"))))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            String ruleId = JsonPath.read(rule, "$.id");
            try {
                String id = place(c.order());
                awaitStatus(id, "ON_HOLD");
                api.get("/api/v1/orders/{id}", id).andExpect(jsonPath("$.holds[0].reason").value("review-me"))
                        .andExpect(jsonPath("$.holds[0].rule").value(name));
                assertThat(api.get("/api/v1/orders/{id}/timeline", id).andReturn().getResponse().getContentAsString())
                        .contains("Held by rule '" + name + "' (review-me): " + c.explained());
                assertThat(history(id)).containsExactly("PENDING>ON_HOLD");
            } finally {
                delete("/api/v1/hold-rules/" + ruleId).andExpect(status().isNoContent());
            }
        }
    }

    @Test
    void twoHoldRulesThatMatchBothHoldTheOrderAndBothExplainWhy() throws Exception {
        String sku = fx.stockedProduct(warehouse, 10);
        String bulk = TestData.unique("bulk");
        String watched = TestData.unique("watched");
        String first = api.post("/api/v1/hold-rules", OrderFixtures.json(Map.of("name", bulk, "enabled", true,
                        "condition", Map.of("type", "SKU_QUANTITY_ABOVE", "sku", sku, "quantity", 2),
                        "action", Map.of("type", "HOLD", "reason", "bulk-buy"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String second = api.post("/api/v1/hold-rules", OrderFixtures.json(Map.of("name", watched, "enabled", true,
                        "condition", Map.of("type", "SKU_IN", "skus", List.of(sku)),
                        "action", Map.of("type", "HOLD", "reason", "watched-sku"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        try {
            String id = place(OrderFixtures.order("WEB").line(sku, 3).shipTo("US"));
            awaitStatus(id, "ON_HOLD");
            String order = get(id);
            assertThat(JsonPath.<List<String>>read(order, "$.holds[*].reason"))
                    .containsExactlyInAnyOrder("bulk-buy", "watched-sku");
            assertThat(JsonPath.<List<String>>read(order, "$.holds[*].rule")).containsExactlyInAnyOrder(bulk, watched);
            String timeline = api.get("/api/v1/orders/{id}/timeline", id).andReturn().getResponse()
                    .getContentAsString();
            assertThat(timeline).contains("Held by rule '" + bulk + "' (bulk-buy): 3 x " + sku + " above 2")
                    .contains("Held by rule '" + watched + "' (watched-sku): SKU " + sku);
            assertThat(history(id)).containsExactly("PENDING>ON_HOLD");
            assertThat(payments.calls(oid(id))).isZero(); // held before the payment step

            // One release decides on both.
            api.post("/api/v1/orders/" + id + "/release", "{}").andExpect(status().isOk());
            awaitStatus(id, "IN_FULFILLMENT");
            assertThat(JsonPath.<List<Object>>read(get(id), "$.holds")).isEmpty();
        } finally {
            delete("/api/v1/hold-rules/" + JsonPath.read(first, "$.id")).andExpect(status().isNoContent());
            delete("/api/v1/hold-rules/" + JsonPath.read(second, "$.id")).andExpect(status().isNoContent());
        }
    }

    @Test
    void tagAndPriorityRulesCombineWithoutHolding() throws Exception {
        String sku = fx.stockedProduct(warehouse, 10);
        String tag = api.post("/api/v1/hold-rules", OrderFixtures.json(Map.of("name", TestData.unique("tag"),
                "enabled", true, "condition", Map.of("type", "SKU_IN", "skus", List.of(sku)),
                "action", Map.of("type", "TAG", "tag", "vip")))).andReturn().getResponse().getContentAsString();
        String prio = api.post("/api/v1/hold-rules", OrderFixtures.json(Map.of("name", TestData.unique("prio"),
                "enabled", true, "condition", Map.of("type", "SKU_QUANTITY_ABOVE", "sku", sku, "quantity", 1),
                "action", Map.of("type", "PRIORITY", "priority", 7)))).andReturn().getResponse().getContentAsString();
        try {
            String id = place(OrderFixtures.order("WEB").line(sku, 2).shipTo("US"));
            awaitStatus(id, "IN_FULFILLMENT");
            api.get("/api/v1/orders/{id}", id).andExpect(jsonPath("$.tags[0]").value("vip"))
                    .andExpect(jsonPath("$.priority").value(7)).andExpect(jsonPath("$.holds").isEmpty());
        } finally {
            delete("/api/v1/hold-rules/" + JsonPath.read(tag, "$.id"));
            delete("/api/v1/hold-rules/" + JsonPath.read(prio, "$.id"));
        }
    }

    @Test
    void reviewThenReleaseContinuesWithoutAuthorisingAgain() throws Exception {
        String sku = fx.stockedProduct(warehouse, 10);
        String email = OrderFixtures.uniqueEmail("review");
        payments.script.put(email, Outcome.REVIEW);
        String id = place(OrderFixtures.order("WEB").customer(email, "R").line(sku, 1).shipTo("US"));
        awaitStatus(id, "ON_HOLD");
        api.get("/api/v1/orders/{id}", id).andExpect(jsonPath("$.holds[0].reason").value("payment-review"));
        api.post("/api/v1/orders/" + id + "/release", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_FULFILLMENT")).andExpect(jsonPath("$.holds").isEmpty());
        assertThat(history(id)).containsExactly("PENDING>ON_HOLD", "ON_HOLD>PENDING", "PENDING>CONFIRMED",
                "CONFIRMED>IN_FULFILLMENT");
        assertThat(payments.calls(oid(id))).isEqualTo(1);
    }

    @Test
    void declinedPaymentHoldsAndPendingPaymentWaitsForSettlement() throws Exception {
        String sku = fx.stockedProduct(warehouse, 10);
        String declined = OrderFixtures.uniqueEmail("declined");
        payments.script.put(declined, Outcome.DECLINED);
        String a = place(OrderFixtures.order("WEB").customer(declined, "D").line(sku, 1).shipTo("US"));
        awaitStatus(a, "ON_HOLD");
        api.get("/api/v1/orders/{id}", a).andExpect(jsonPath("$.holds[0].reason").value("payment-declined"));

        String pending = OrderFixtures.uniqueEmail("pending");
        payments.script.put(pending, Outcome.PENDING);
        String b = place(OrderFixtures.order("WEB").customer(pending, "P").line(sku, 1).shipTo("US"));
        await().atMost(Duration.ofSeconds(20)).until(() -> payments.calls(oid(b)) == 1
                && jdbc.sql("SELECT processing_stage FROM orders WHERE id = :id").param("id", oid(b).value())
                .query(String.class).single().equals("AWAITING_PAYMENT"));
        assertThat(JsonPath.<String>read(get(b), "$.status")).isEqualTo("PENDING");
        lifecycle.paymentSettled(oid(b), Outcome.AUTHORIZED, "payments");
        assertThat(JsonPath.<String>read(get(b), "$.status")).isEqualTo("IN_FULFILLMENT");
        lifecycle.paymentSettled(oid(b), Outcome.DECLINED, "payments"); // late, repeated: changes nothing
        assertThat(history(b)).containsExactly("PENDING>CONFIRMED", "CONFIRMED>IN_FULFILLMENT");
    }

    @Test
    void cancelWhileProcessingReleasesTheStockAndStopsThePipeline() throws Exception {
        String sku = fx.stockedProduct(warehouse, 10);
        String email = OrderFixtures.uniqueEmail("slow");
        CountDownLatch gate = new CountDownLatch(1);
        payments.blocked.put(email, gate);
        String id = place(OrderFixtures.order("WEB").customer(email, "S").line(sku, 3).shipTo("US"));
        await().atMost(Duration.ofSeconds(20)).until(() -> payments.calls(oid(id)) == 1);
        assertThat(fx.reserved(sku)).isEqualTo(3);
        api.post("/api/v1/orders/" + id + "/cancel", "{\"reason\": \"customer called\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED")).andExpect(jsonPath("$.totals.total.amount").value(0))
                .andExpect(jsonPath("$.lines[0].quantity").value(0))
                .andExpect(jsonPath("$.lines[0].cancelledQuantity").value(3));
        gate.countDown();
        await().atMost(Duration.ofSeconds(20)).until(() -> payments.decisions(oid(id)) == 1);
        Thread.sleep(300);
        assertThat(JsonPath.<String>read(get(id), "$.status")).isEqualTo("CANCELLED");
        assertThat(history(id)).containsExactly("PENDING>CANCELLED");
        assertThat(fx.reserved(sku)).isZero();
        assertThat(inventory.checkConsistency().problems()).isEmpty();
    }

    @Test
    void cancellingLinesShrinksLinesTotalsReservationsAndBackorders() throws Exception {
        String a = fx.stockedProduct(warehouse, 5);
        String b = fx.product(250, "USD", true);
        fx.stock(b, warehouse, 1);
        String id = place(OrderFixtures.order("WEB").line(a, 4).line(b, 3).shipTo("US")); // b: 1 reserved, 2 backordered
        awaitStatus(id, "IN_FULFILLMENT");
        String body = api.post("/api/v1/orders/" + id + "/cancel",
                        "{\"reason\": \"out of budget\", \"lines\": [{\"sku\": \"" + a + "\", \"quantity\": 1},"
                                + " {\"sku\": \"" + b + "\", \"quantity\": 3}]}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_FULFILLMENT"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(body, "$.lines[0].quantity")).isEqualTo(3);
        assertThat(JsonPath.<Integer>read(body, "$.lines[0].cancelledQuantity")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(body, "$.lines[1].quantity")).isZero();
        assertThat(JsonPath.<Integer>read(body, "$.lines[1].backorderedQuantity")).isZero();
        assertThat(JsonPath.<Integer>read(body, "$.totals.subtotal.amount")).isEqualTo(3000);
        assertThat(JsonPath.<Integer>read(body, "$.totals.total.amount")).isEqualTo(3000);
        assertThat(fx.reserved(a)).isEqualTo(3);
        assertThat(fx.reserved(b)).isZero();
        assertThat(inventory.checkConsistency().problems()).isEmpty();
        // Asking for more than is left is a 400 and changes nothing.
        api.post("/api/v1/orders/" + id + "/cancel", "{\"reason\": \"x\", \"lines\": [{\"sku\": \"" + a
                + "\", \"quantity\": 4}]}").andExpect(status().isBadRequest());
        assertThat(fx.reserved(a)).isEqualTo(3);
        // Cancelling the rest cancels the order.
        api.post("/api/v1/orders/" + id + "/cancel", "{\"reason\": \"rest\", \"lines\": [{\"sku\": \"" + a
                + "\", \"quantity\": 3}]}").andExpect(jsonPath("$.status").value("CANCELLED"));
        assertThat(fx.reserved(a)).isZero();
        assertThat(inventory.checkConsistency().problems()).isEmpty();
    }

    @Test
    void actionsTheStatusDoesNotAllowAre409() throws Exception {
        String sku = fx.stockedProduct(warehouse, 10);
        String id = place(OrderFixtures.order("WEB").line(sku, 1).shipTo("US"));
        awaitStatus(id, "IN_FULFILLMENT");
        api.post("/api/v1/orders/" + id + "/release", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/invalid-transition"));
        lifecycle.fulfillmentStatusChanged(oid(id), FulfillmentStatus.FULFILLED, "test");
        assertThat(JsonPath.<String>read(get(id), "$.status")).isEqualTo("SHIPPED");
        api.post("/api/v1/orders/" + id + "/cancel", "{\"reason\": \"too late\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/invalid-transition"));
        api.post("/api/v1/orders/" + id + "/hold", "{\"reason\": \"x\"}").andExpect(status().isConflict());
        assertThat(fx.reserved(sku)).isEqualTo(1); // nothing released
        lifecycle.fulfillmentStatusChanged(oid(id), FulfillmentStatus.DELIVERED, "test");
        assertThat(history(id)).containsExactly("PENDING>CONFIRMED", "CONFIRMED>IN_FULFILLMENT",
                "IN_FULFILLMENT>SHIPPED", "SHIPPED>DELIVERED");
        api.post("/api/v1/orders/" + id + "/cancel", "{\"reason\": \"\"}").andExpect(status().isBadRequest());
    }

    @Test
    void staffHoldAndReleaseOfAnOrderInFulfillment() throws Exception {
        String sku = fx.stockedProduct(warehouse, 10);
        String id = place(OrderFixtures.order("WEB").line(sku, 1).shipTo("US"));
        awaitStatus(id, "IN_FULFILLMENT");
        api.post("/api/v1/orders/" + id + "/hold", "{\"reason\": \"address check\"}")
                .andExpect(jsonPath("$.status").value("ON_HOLD"))
                .andExpect(jsonPath("$.holds[0].reason").value("address check"));
        api.post("/api/v1/orders/" + id + "/release", "{}").andExpect(jsonPath("$.status").value("IN_FULFILLMENT"));
        assertThat(payments.calls(oid(id))).isEqualTo(1);
    }

    @Test
    void aFirstOrderRuleCountsOnlyTheCustomersEarlierOrders() throws Exception {
        String sku = fx.stockedProduct(warehouse, 10);
        String email = OrderFixtures.uniqueEmail("newcomer");
        String tag = TestData.unique("first").toLowerCase();
        String rule = api.post("/api/v1/hold-rules", OrderFixtures.json(Map.of("name", TestData.unique("rule"),
                        "enabled", true, "condition", Map.of("type", "FIRST_ORDER"),
                        "action", Map.of("type", "TAG", "tag", tag))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        try {
            // Without an address both orders stop at verification, before the rules: both exist when rules run.
            String first = place(OrderFixtures.order("WEB").customer(email, "N").line(sku, 1));
            String second = place(OrderFixtures.order("WEB").customer(email, "N").line(sku, 1));
            awaitStatus(first, "ON_HOLD");
            awaitStatus(second, "ON_HOLD");

            // The later order is processed first: it is not a first order, and the earlier one still is.
            api.post("/api/v1/orders/" + second + "/release", "{}").andExpect(status().isOk());
            awaitStatus(second, "IN_FULFILLMENT");
            api.post("/api/v1/orders/" + first + "/release", "{}").andExpect(status().isOk());
            awaitStatus(first, "IN_FULFILLMENT");
            assertThat(JsonPath.<List<String>>read(get(second), "$.tags")).doesNotContain(tag);
            assertThat(JsonPath.<List<String>>read(get(first), "$.tags")).contains(tag);
        } finally {
            delete("/api/v1/hold-rules/" + JsonPath.read(rule, "$.id")).andExpect(status().isNoContent());
        }
    }

    @Test
    void holdRulesAreListedOldestFirstInPagesWithACursor() throws Exception {
        List<String> created = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String body = api.post("/api/v1/hold-rules", OrderFixtures.json(Map.of("name", TestData.unique("page"),
                            "enabled", false, "condition", Map.of("type", "FIRST_ORDER"),
                            "action", Map.of("type", "TAG", "tag", "paged"))))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            created.add(JsonPath.read(body, "$.id"));
        }
        try {
            List<String> seen = new java.util.ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                String page = api.get("/api/v1/hold-rules?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                List<String> ids = JsonPath.read(page, "$.items[*].id");
                assertThat(ids).hasSizeLessThanOrEqualTo(2);
                seen.addAll(ids);
                cursor = JsonPath.read(page, "$.nextCursor");
                pages++;
            } while (cursor != null && pages < 100);
            assertThat(seen).doesNotHaveDuplicates().containsSubsequence(created);
            api.get("/api/v1/hold-rules?cursor=not-a-cursor").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("/problems/invalid-parameter"));
        } finally {
            for (String id : created) {
                delete("/api/v1/hold-rules/" + id).andExpect(status().isNoContent());
            }
        }
    }

    @Test
    void badHoldRulesAre400AndDuplicatesAre409() throws Exception {
        api.post("/api/v1/hold-rules", "{\"name\": \"x\", \"enabled\": true, \"condition\": {\"type\": \"SKU_IN\"},"
                + " \"action\": {\"type\": \"HOLD\", \"reason\": \"r\"}}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("condition.skus"));
        api.post("/api/v1/hold-rules", "{\"name\": \"x\", \"enabled\": true, \"condition\": {\"type\": \"FIRST_ORDER\"},"
                + " \"action\": {\"type\": \"TAG\"}}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("action.tag"));
        String name = TestData.unique("dup");
        String body = "{\"name\": \"" + name + "\", \"enabled\": false, \"condition\": {\"type\": \"TOTAL_ABOVE\","
                + " \"amount\": {\"amount\": 100, \"currency\": \"USD\"}}, \"action\": {\"type\": \"HOLD\", \"reason\": \"big\"}}";
        String created = api.post("/api/v1/hold-rules", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.condition.amount.amount").value(100)).andReturn().getResponse().getContentAsString();
        api.post("/api/v1/hold-rules", body).andExpect(status().isConflict());
        String ruleId = JsonPath.read(created, "$.id");
        api.put("/api/v1/hold-rules/" + ruleId, body.replace("\"big\"", "\"bigger\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.action.reason").value("bigger"));
        delete("/api/v1/hold-rules/" + ruleId).andExpect(status().isNoContent());
        api.get("/api/v1/hold-rules/" + ruleId).andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.ResultActions delete(String path) throws Exception {
        return api.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(path));
    }

    private String place(OrderFixtures.OrderBody body) throws Exception {
        return JsonPath.read(fx.place(body), "$.id");
    }

    private String get(String id) throws Exception {
        return api.get("/api/v1/orders/{id}", id).andReturn().getResponse().getContentAsString();
    }

    private void awaitStatus(String id, String expected) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> JsonPath.<String>read(get(id), "$.status").equals(expected));
    }

    private List<String> history(String id) {
        return jdbc.sql("SELECT from_status, to_status FROM order_status_history WHERE order_id = :id ORDER BY at, id")
                .param("id", oid(id).value()).query((rs, n) -> rs.getString(1) + ">" + rs.getString(2)).list();
    }

    static OrderId oid(String id) {
        return new OrderId(java.util.UUID.fromString(id));
    }
}
