package io.shipshape.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.shipshape.ApiClient;
import io.shipshape.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A day of order capture against the real server over HTTP: two warehouses and a store are stocked, orders
 * arrive from several channels, and afterwards every order reads back, lists, and the stock adds up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaptureScenarioTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Response(int status, HttpResponse<String> raw, JsonNode json) {
        String text(String pointer) {
            return json.at(pointer).asString();
        }

        int number(String pointer) {
            return json.at(pointer).asInt();
        }
    }

    private Response send(String method, String path, Object body, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + ApiClient.ADMIN_KEY)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
        return new Response(response.statusCode(), response, json);
    }

    private Response expect(int status, Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        return response;
    }

    private String location(String type, int priority) throws Exception {
        String code = TestData.unique(type.substring(0, 2));
        expect(201, send("POST", "/api/v1/locations", Map.of("code", code, "name", type + " " + code, "type", type,
                "priority", priority, "address", Map.of("line1", "1 Main St", "city", "Springfield",
                        "postalCode", "62701", "country", "US"))));
        return code;
    }

    private String product(long cents, boolean backorderable) throws Exception {
        String sku = TestData.unique("SCN");
        expect(201, send("POST", "/api/v1/products", Map.of("sku", sku, "name", "Item " + sku,
                "price", Map.of("amount", cents, "currency", "USD"), "backorderable", backorderable)));
        return sku;
    }

    private void count(String sku, String location, int onHand) throws Exception {
        expect(200, send("PUT", "/api/v1/inventory/" + sku + "/" + location, Map.of("onHand", onHand)));
    }

    private static Map<String, Object> order(String channel, String email, Map<String, Object> extra,
                                             Object... skuAndQuantity) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.add(Map.of("sku", skuAndQuantity[i], "quantity", skuAndQuantity[i + 1]));
        }
        var order = new java.util.LinkedHashMap<String, Object>(Map.of("channel", channel,
                "customer", Map.of("email", email, "name", "Customer " + channel), "lines", lines));
        order.putAll(extra);
        return order;
    }

    private static int at(JsonNode stock, String location, String field) {
        for (JsonNode l : stock.get("locations")) {
            if (l.get("location").asString().equals(location)) {
                return l.get(field).asInt();
            }
        }
        throw new AssertionError("no stock at " + location + " in " + stock);
    }

    @Test
    void capturesOrdersFromSeveralChannelsAndKeepsStockConsistent() throws Exception {
        String east = location("WAREHOUSE", 1);
        String west = location("WAREHOUSE", 2);
        String store = location("STORE", 50);
        String a = product(2500, false);
        String b = product(1200, false);
        String c = product(999, true);
        count(a, east, 3);
        count(a, west, 10);
        count(a, store, 2);
        count(b, east, 5);
        count(b, store, 1);
        String email = TestData.unique("shopper").toLowerCase() + "@example.com";
        String idempotencyKey = TestData.unique("scenario");

        var shipTo = Map.<String, Object>of("shippingAddress", Map.of("line1", "9 Elm St", "city", "Springfield",
                "postalCode", "62704", "country", "US"), "shippingMethod", Map.of("code", "ground",
                "price", Map.of("amount", 500, "currency", "USD")));
        Response web = expect(201, send("POST", "/api/v1/orders", order("WEB", email, shipTo, a, 2, b, 1),
                "Idempotency-Key", idempotencyKey));
        Response marketplace = expect(201, send("POST", "/api/v1/orders", order("MARKETPLACE", email.toUpperCase(),
                Map.of("externalId", TestData.unique("amz")), a, 5)));
        Response pos = expect(201, send("POST", "/api/v1/orders", order("POS", TestData.unique("walkin")
                .toLowerCase() + "@example.com", Map.of("locationCode", store), a, 1, b, 1)));
        Response phone = expect(201, send("POST", "/api/v1/orders", order("PHONE", email, Map.of(), a, 4, c, 2)));
        Response refused = expect(409, send("POST", "/api/v1/orders", order("API", email, Map.of(), b, 10)));

        assertThat(web.raw().headers().firstValue("Location")).hasValue("/api/v1/orders/" + web.text("/id"));
        assertThat(web.text("/lines/0/allocations/0/location")).isEqualTo(east);
        assertThat(web.number("/totals/total/amount")).isEqualTo(2 * 2500 + 1200 + 500);
        assertThat(marketplace.text("/lines/0/allocations/0/location")).isEqualTo(west);
        assertThat(marketplace.text("/customer/id")).isEqualTo(web.text("/customer/id"));
        assertThat(pos.text("/lines/0/allocations/0/location")).isEqualTo(store);
        assertThat(pos.text("/lines/1/allocations/0/location")).isEqualTo(store);
        // Only west still has all 4 units of a, so the line is taken from there instead of being split.
        assertThat(phone.json().at("/lines/0/allocations").size()).isEqualTo(1);
        assertThat(phone.text("/lines/0/allocations/0/location")).isEqualTo(west);
        assertThat(phone.text("/lines/0/allocations/0/rule")).isEqualTo("PRIORITY: only " + west + " has all of it");
        assertThat(phone.json().at("/lines/1/backordered").asBoolean()).isTrue();
        assertThat(phone.number("/lines/1/backorderedQuantity")).isEqualTo(2);
        assertThat(refused.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(refused.text("/type")).isEqualTo("/problems/insufficient-stock");
        assertThat(refused.number("/shortages/0/available")).isEqualTo(4);

        Response replay = expect(201, send("POST", "/api/v1/orders", order("WEB", email, shipTo, a, 2, b, 1),
                "Idempotency-Key", idempotencyKey));
        assertThat(replay.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(replay.raw().body()).isEqualTo(web.raw().body());

        for (Response placed : List.of(web, marketplace, pos, phone)) {
            // Processing runs right after capture: the addressed web order goes to fulfillment, the till sale is
            // handed over there and then (fulfillment reports it delivered), the others wait for review with an
            // incomplete address.
            String settled = placed == web ? "IN_FULFILLMENT" : placed == pos ? "DELIVERED" : "ON_HOLD";
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> settled.equals(
                    send("GET", "/api/v1/orders/" + placed.text("/id"), null).text("/status")));
            Response byId = expect(200, send("GET", "/api/v1/orders/" + placed.text("/id"), null));
            assertThat(byId.text("/status")).isEqualTo(settled);
            assertThat(byId.text("/number")).isEqualTo(placed.text("/number")).matches("SO-\\d+");
            assertThat(byId.json().get("totals")).isEqualTo(placed.json().get("totals"));
            Response byNumber = expect(200, send("GET", "/api/v1/orders/by-number/" + placed.text("/number"), null));
            assertThat(byNumber.text("/id")).isEqualTo(placed.text("/id"));
            Response timeline = expect(200, send("GET", "/api/v1/orders/" + placed.text("/id") + "/timeline", null));
            assertThat(timeline.text("/items/0/type")).isEqualTo("ORDER_PLACED");
        }

        Response all = expect(200, send("GET", "/api/v1/orders?sku=" + a, null));
        assertThat(all.json().get("items").size()).isEqualTo(4);
        assertThat(all.text("/items/0/id")).isEqualTo(phone.text("/id"));
        Response onlyPos = expect(200, send("GET", "/api/v1/orders?sku=" + a + "&channel=POS", null));
        assertThat(onlyPos.json().get("items").size()).isEqualTo(1);
        Response mine = expect(200, send("GET", "/api/v1/customers/" + web.text("/customer/id") + "/orders", null));
        assertThat(mine.json().get("items").size()).isEqualTo(3);

        // The till sale (1 x a, 1 x b at the store) was handed over: its units left on-hand and reserved.
        Response stockA = expect(200, send("GET", "/api/v1/inventory/" + a, null));
        assertThat(stockA.number("/onHand")).isEqualTo(15 - 1);
        assertThat(stockA.number("/reserved")).isEqualTo(2 + 5 + 4);
        assertThat(at(stockA.json(), east, "reserved")).isEqualTo(2);
        assertThat(at(stockA.json(), west, "reserved")).isEqualTo(9);
        assertThat(at(stockA.json(), store, "reserved")).isZero();
        Response stockB = expect(200, send("GET", "/api/v1/inventory/" + b, null));
        assertThat(stockB.number("/reserved")).isEqualTo(1);
        assertThat(stockB.number("/available")).isEqualTo(4);

        Response consistency = expect(200, send("GET", "/api/v1/inventory/consistency", null));
        assertThat(consistency.json().get("ok").asBoolean()).as(consistency.raw().body()).isTrue();
    }
}
