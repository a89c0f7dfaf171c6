package io.shipshape.integration;

import static io.shipshape.orders.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.orders.OrderFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The event model end to end: real flows driven through the API (capture with a test card, partial and final
 * shipment, delivery, refund, return, a declined card, a cancellation, stock running low and out) leave every
 * event type of api-v1.md in the feed, each with its documented fields filled, and one order's events in the
 * order they happened.
 */
@ShipshapeTest
class EventStoryTest {

    /** The 17 types of api-v1.md, each with the fields README documents that must never be null for it. */
    static final Map<String, List<String>> REQUIRED = new LinkedHashMap<>();

    static {
        List<String> summary = List.of("orderId", "number", "channel", "externalId", "customer.id", "customer.email",
                "total.amount", "total.currency");
        REQUIRED.put("order.created", concat(summary, "status", "totals.total.amount", "lines[0].sku",
                "lines[0].quantity", "placedAt"));
        for (String t : List.of("order.confirmed", "order.on_hold", "order.fulfilled", "order.delivered")) {
            REQUIRED.put(t, concat(summary, "status", "previousStatus", "actor"));
        }
        REQUIRED.put("order.cancelled", concat(summary, "whole", "amount.amount", "lines[0].sku", "reason", "actor"));
        List<String> payment = List.of("orderId", "orderNumber", "externalId", "transactionId", "amount.amount",
                "gateway", "kind");
        REQUIRED.put("payment.authorized", concat(payment, "review"));
        REQUIRED.put("payment.captured", payment);
        REQUIRED.put("payment.failed", concat(payment, "message"));
        REQUIRED.put("refund.created", List.of("orderId", "orderNumber", "externalId", "refundId", "amount.amount",
                "reason"));
        REQUIRED.put("fulfillment.created", List.of("fulfillmentId", "orderId", "orderNumber", "location", "kind"));
        REQUIRED.put("fulfillment.shipped", List.of("fulfillmentId", "orderId", "orderNumber", "location", "carrier",
                "trackingNumber", "trackingUrl", "lines[0].sku", "lines[0].quantity"));
        REQUIRED.put("fulfillment.delivered", List.of("fulfillmentId", "orderId", "orderNumber", "location",
                "carrier", "trackingNumber"));
        REQUIRED.put("return.requested", List.of("returnId", "number", "orderId", "orderNumber", "resolution",
                "lines[0].sku", "byCustomer"));
        REQUIRED.put("return.received", List.of("returnId", "number", "orderId", "orderNumber", "externalId",
                "location", "restocked", "writtenOff", "complete"));
        REQUIRED.put("inventory.low_stock", List.of("sku", "location", "available", "reorderPoint"));
        REQUIRED.put("inventory.out_of_stock", List.of("sku", "location"));
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void realFlowsLeaveEveryEventTypeInTheFeedWithItsFieldsAndInOrder() throws Exception {
        assertThat(REQUIRED).hasSize(17);
        ApiClient api = ApiClient.admin(mvc);
        OrderFixtures fx = new OrderFixtures(api);
        long start = jdbc.sql("select coalesce(max(seq), 0) from integration_event").query(Long.class).single();

        String wh = fx.warehouse(1);
        String sku = fx.product(1000, "USD");
        api.put("/api/v1/inventory/" + sku + "/" + wh, "{\"onHand\": 4, \"reorderPoint\": 2}")
                .andExpect(status().isOk());

        // The main order: paid by test card, shipped in two parcels, delivered, refunded in part, one unit returned.
        String main = id(fx.place(order("WEB").customer(OrderFixtures.uniqueEmail("story"), "Sam Story")
                .externalId("EXT-" + sku).shipTo("US").line(sku, 2).shipping("standard", 499, "USD")
                .set("payment", Map.of("method", "test_card", "token", "tok_ok")))); // 2 left: low stock
        await().atMost(Duration.ofSeconds(30)).until(() -> !fulfillments(api, main).isEmpty());
        String first = (String) fulfillments(api, main).get(0).get("id");
        post(api, "/api/v1/fulfillments/" + first + "/pick", "{}");
        post(api, "/api/v1/fulfillments/" + first + "/pack", lines(sku, 1));
        post(api, "/api/v1/fulfillments/" + first + "/ship", "{\"carrier\": \"UPS\", \"trackingNumber\": \"1ZSTORY1\"}");
        String rest = (String) fulfillments(api, main).get(1).get("id");
        post(api, "/api/v1/fulfillments/" + rest + "/pack", lines(sku, 1));
        post(api, "/api/v1/fulfillments/" + rest + "/ship", "{\"carrier\": \"UPS\", \"trackingNumber\": \"1ZSTORY2\"}");
        post(api, "/api/v1/fulfillments/" + first + "/deliver", "{}");
        post(api, "/api/v1/fulfillments/" + rest + "/deliver", "{}");
        await().atMost(Duration.ofSeconds(15)).until(() -> "DELIVERED".equals(JsonPath.read(
                api.get("/api/v1/orders/" + main).andReturn().getResponse().getContentAsString(), "$.status")));
        await().atMost(Duration.ofSeconds(15)).until(() -> ((Number) JsonPath.read(api.get("/api/v1/orders/" + main
                + "/payments").andReturn().getResponse().getContentAsString(), "$.totals.captured.amount")).longValue() > 0);
        api.post("/api/v1/orders/" + main + "/refunds", "{\"amount\": {\"amount\": 100, \"currency\": \"USD\"}, "
                + "\"reason\": \"late delivery\"}").andExpect(status().isCreated());
        String rma = JsonPath.read(api.post("/api/v1/orders/" + main + "/returns", OrderFixtures.json(Map.of(
                        "resolution", "REFUND", "lines", List.of(Map.of("sku", sku, "quantity", 1, "reason",
                                "SIZE_OR_FIT"))))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");
        post(api, "/api/v1/returns/" + rma + "/approve", "{}");
        post(api, "/api/v1/returns/" + rma + "/receive", OrderFixtures.json(Map.of("location", wh, "lines",
                List.of(Map.of("sku", sku, "quantity", 1, "condition", "RESELLABLE")))));

        // Another order takes the last units (out of stock) and is cancelled; a declined card puts a third on hold.
        String cancelled = id(fx.place(order("MARKETPLACE").customer(OrderFixtures.uniqueEmail("cancel"), "Cy")
                .externalId("EXT-C-" + sku).shipTo("US").line(sku, 3)));
        api.post("/api/v1/orders/" + cancelled + "/cancel", "{\"reason\": \"customer called\"}")
                .andExpect(status().isOk());
        String declined = id(fx.place(order("WEB").customer(OrderFixtures.uniqueEmail("declined"), "Dee")
                .externalId("EXT-D-" + sku).shipTo("US").line(sku, 1)
                .set("payment", Map.of("method", "test_card", "token", "tok_decline"))));

        Set<String> mine = new java.util.HashSet<>(List.of(main, cancelled, declined));
        List<Map<String, Object>> items = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            items.clear();
            items.addAll(feed(api, start, mine, sku));
            Set<String> types = new LinkedHashSet<>();
            items.forEach(i -> types.add((String) i.get("type")));
            assertThat(types).containsAll(REQUIRED.keySet());
        });

        for (Map<String, Object> item : items) {
            String type = (String) item.get("type");
            String data = OrderFixtures.json(item.get("data"));
            assertThat(item.get("id")).isNotNull();
            assertThat(item.get("version")).isEqualTo(1);
            for (String field : REQUIRED.getOrDefault(type, List.of())) {
                assertThat((Object) JsonPath.read(data, "$." + field)).as(type + " " + field + " in " + data)
                        .isNotNull();
            }
        }
        String mainData = OrderFixtures.json(first(items, main, "order.confirmed").get("data"));
        assertThat((String) JsonPath.read(mainData, "$.externalId")).isEqualTo("EXT-" + sku);
        assertThat((String) JsonPath.read(mainData, "$.channel")).isEqualTo("WEB");
        String cancelledData = OrderFixtures.json(first(items, cancelled, "order.cancelled").get("data"));
        assertThat((String) JsonPath.read(cancelledData, "$.externalId")).isEqualTo("EXT-C-" + sku);
        assertThat((String) JsonPath.read(OrderFixtures.json(first(items, declined, "payment.failed").get("data")),
                "$.gateway")).isEqualTo("test_card");

        // Per order: seq only grows, and the events follow the order's life.
        for (String order : mine) {
            long last = 0;
            for (Map<String, Object> item : items) {
                if (order.equals(orderOf(item))) {
                    long seq = Long.parseLong(item.get("seq").toString());
                    assertThat(seq).isGreaterThan(last);
                    last = seq;
                }
            }
        }
        assertInOrder(items, main, "order.created", "order.confirmed", "fulfillment.created", "fulfillment.shipped",
                "order.fulfilled", "fulfillment.delivered", "order.delivered", "refund.created", "return.requested",
                "return.received");
        assertInOrder(items, main, "payment.authorized", "payment.captured");
        assertInOrder(items, cancelled, "order.created", "order.cancelled");
        assertInOrder(items, declined, "order.created", "payment.failed", "order.on_hold");
    }

    static void assertInOrder(List<Map<String, Object>> items, String order, String... types) {
        long previous = 0;
        for (String type : types) {
            long seq = Long.parseLong(first(items, order, type).get("seq").toString());
            assertThat(seq).as(type + " after the previous type").isGreaterThan(previous);
            previous = seq;
        }
    }

    static Map<String, Object> first(List<Map<String, Object>> items, String order, String type) {
        return items.stream().filter(i -> type.equals(i.get("type")) && order.equals(orderOf(i))).findFirst()
                .orElseThrow(() -> new AssertionError(type + " missing for " + order));
    }

    @SuppressWarnings("unchecked")
    static String orderOf(Map<String, Object> item) {
        return (String) ((Map<String, Object>) item.get("data")).get("orderId");
    }

    /** The feed after {@code start}, all pages, keeping the events of these orders or this SKU. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> feed(ApiClient api, long start, Set<String> orders, String sku) throws Exception {
        List<Map<String, Object>> mine = new ArrayList<>();
        String cursor = Long.toString(start);
        while (true) {
            String page = api.get("/api/v1/events?after=" + cursor + "&limit=500").andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            List<Map<String, Object>> items = JsonPath.read(page, "$.items");
            for (Map<String, Object> item : items) {
                Map<String, Object> data = (Map<String, Object>) item.get("data");
                if (orders.contains(data.get("orderId")) || sku.equals(data.get("sku"))) {
                    mine.add(item);
                }
            }
            if (items.isEmpty()) {
                return mine;
            }
            cursor = JsonPath.read(page, "$.nextCursor");
        }
    }

    static List<Map<String, Object>> fulfillments(ApiClient api, String orderId) throws Exception {
        return JsonPath.read(api.get("/api/v1/fulfillments?orderId=" + orderId).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.items");
    }

    static void post(ApiClient api, String path, String json) throws Exception {
        api.post(path, json).andExpect(status().is2xxSuccessful());
    }

    static String lines(String sku, int quantity) {
        return "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + "}]}";
    }

    static String id(String json) {
        return JsonPath.read(json, "$.id");
    }

    static List<String> concat(List<String> a, String... b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(List.of(b));
        return all;
    }
}
