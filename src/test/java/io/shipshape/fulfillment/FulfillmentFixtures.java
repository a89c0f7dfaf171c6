package io.shipshape.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.orders.OrderFixtures;

/**
 * Fixtures for fulfillment tests: capture an order over the API, wait for its release to fulfillment, and drive
 * its fulfillment orders over the API.
 */
final class FulfillmentFixtures {

    final ApiClient api;
    final OrderFixtures orders;
    private final FulfillmentManagement fulfillment;

    FulfillmentFixtures(ApiClient api, FulfillmentManagement fulfillment) {
        this.api = api;
        this.orders = new OrderFixtures(api);
        this.fulfillment = fulfillment;
    }

    /**
     * Captures the order; order processing confirms and releases it, and the release listener creates its
     * fulfillment orders. Returns the order id once they exist.
     */
    String placeAndRelease(OrderFixtures.OrderBody body) throws Exception {
        String id = JsonPath.read(orders.place(body), "$.id");
        await().atMost(Duration.ofSeconds(30)).until(() -> !fulfillmentsOf(id).isEmpty());
        return id;
    }

    /** As {@link #placeAndRelease}, paid by test card (authorised at capture, captured as it ships). */
    String placePaidAndRelease(OrderFixtures.OrderBody body) throws Exception {
        return placeAndRelease(body.set("payment", Map.of("method", "test_card", "token", "tok_ok")));
    }

    /** The order's total now (a cancellation reduces it), in minor units. */
    long orderTotal(String orderId) throws Exception {
        return ((Number) JsonPath.read(orderJson(orderId), "$.totals.total.amount")).longValue();
    }

    /** What the order's payments show captured (GET /orders/{id}/payments), in minor units. */
    long captured(String orderId) throws Exception {
        return ((Number) JsonPath.read(api.get("/api/v1/orders/" + orderId + "/payments").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.totals.captured.amount")).longValue();
    }

    /** Waits until the payments show {@code expected} captured (capture runs after the shipment commits). */
    void awaitCaptured(String orderId, long expected) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(captured(orderId)).isEqualTo(expected));
    }

    /** The order's fulfillment orders (JSON maps), oldest first. */
    List<Map<String, Object>> fulfillmentsOf(String orderId) throws Exception {
        return JsonPath.read(api.get("/api/v1/fulfillments?orderId=" + orderId).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.items");
    }

    Map<String, Object> get(String fulfillmentId) throws Exception {
        return JsonPath.read(api.get("/api/v1/fulfillments/" + fulfillmentId).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$");
    }

    String post(String path, String json, int expected) throws Exception {
        return api.post(path, json).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    void pick(String id) throws Exception {
        post("/api/v1/fulfillments/" + id + "/pick", "{}", 200);
    }

    void pack(String id, String sku, int quantity) throws Exception {
        post("/api/v1/fulfillments/" + id + "/pack", "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": " + quantity
                + "}]}", 200);
    }

    String ship(String id, String carrier, String tracking) throws Exception {
        return post("/api/v1/fulfillments/" + id + "/ship", "{\"carrier\": \"" + carrier + "\", \"trackingNumber\": \""
                + tracking + "\"}", 200);
    }

    String orderJson(String orderId) throws Exception {
        return api.get("/api/v1/orders/" + orderId).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    List<String> timelineTypes(String orderId) throws Exception {
        return JsonPath.read(api.get("/api/v1/orders/" + orderId + "/timeline").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$..type");
    }

    void assertConsistent() throws Exception {
        String body = api.get("/api/v1/inventory/consistency").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<Boolean>read(body, "$.ok")).as(body).isTrue();
    }

    /** On-hand and reserved of a SKU at one location. */
    int[] stockAt(String sku, String location) throws Exception {
        String body = api.get("/api/v1/inventory/{sku}", sku).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<Integer> onHand = JsonPath.read(body, "$.locations[?(@.location == '" + location + "')].onHand");
        List<Integer> reserved = JsonPath.read(body, "$.locations[?(@.location == '" + location + "')].reserved");
        return new int[] {onHand.get(0), reserved.get(0)};
    }
}
