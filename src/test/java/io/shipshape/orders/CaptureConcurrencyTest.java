package io.shipshape.orders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;

import io.shipshape.ApiClient;
import io.shipshape.HttpApi;
import io.shipshape.Race;
import io.shipshape.ShipshapeServerTest;
import io.shipshape.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders racing for the same stock over real HTTP with real threads: never an oversold unit, exactly as many
 * orders as there are units, and one order per Idempotency-Key however many retries arrive at once.
 */
@ShipshapeServerTest
class CaptureConcurrencyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpApi api() {
        return new HttpApi(port, ApiClient.ADMIN_KEY);
    }

    @Test
    void twoHundredOrdersForFiftyUnitsReserveExactlyFifty() throws Exception {
        String location = location(1);
        String sku = product(false);
        stock(sku, location, 50);

        List<HttpApi.Response> responses = race(200, i -> order(List.of(line(sku, 1)), null));

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).isIn(201, 409));
        assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(50);
        assertThat(responses.stream().filter(r -> r.status() == 409))
                .hasSize(150)
                .allSatisfy(r -> assertThat(r.body().get("type").asString()).isEqualTo("/problems/insufficient-stock"));
        JsonNode stock = api().get("/api/v1/inventory/" + sku).body();
        assertThat(stock.get("reserved").asInt()).isEqualTo(50);
        assertThat(stock.get("available").asInt()).isZero();
        assertThat(allocated(sku)).isEqualTo(50);
        assertThat(api().get("/api/v1/inventory/consistency").body().get("ok").asBoolean()).isTrue();
    }

    @Test
    void multiLineOrdersAcrossTwoLocationsNeverOversell() throws Exception {
        String near = location(1);
        String far = location(2);
        String a = product(false);
        String b = product(false);
        stock(a, near, 30);
        stock(a, far, 30);
        stock(b, near, 20);
        stock(b, far, 20);
        Random random = new Random(42);
        List<String> bodies = new ArrayList<>();
        List<Map<String, Integer>> demands = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int qa = random.nextInt(3);
            int qb = qa == 0 ? 1 + random.nextInt(2) : random.nextInt(3);
            List<String> lines = new ArrayList<>();
            Map<String, Integer> demand = new HashMap<>();
            if (qa > 0) {
                lines.add(line(a, qa));
                demand.put(a, qa);
            }
            if (qb > 0) {
                lines.add(line(b, qb));
                demand.put(b, qb);
            }
            bodies.add(order(lines, null));
            demands.add(demand);
        }

        List<HttpApi.Response> responses = race(200, bodies::get);

        Map<String, Integer> accepted = new HashMap<>();
        for (int i = 0; i < responses.size(); i++) {
            HttpApi.Response r = responses.get(i);
            assertThat(r.status()).isIn(201, 409);
            if (r.status() == 201) {
                demands.get(i).forEach((sku, q) -> accepted.merge(sku, q, Integer::sum));
                for (JsonNode line : r.body().get("lines")) {
                    int sum = 0;
                    for (JsonNode alloc : line.get("allocations")) {
                        sum += alloc.get("quantity").asInt();
                    }
                    assertThat(sum).isEqualTo(line.get("quantity").asInt());
                }
            }
        }
        for (String sku : List.of(a, b)) {
            JsonNode stock = api().get("/api/v1/inventory/" + sku).body();
            assertThat(stock.get("reserved").asInt()).isEqualTo(accepted.getOrDefault(sku, 0));
            assertThat(allocated(sku)).isEqualTo(stock.get("reserved").asInt());
            for (JsonNode at : stock.get("locations")) {
                assertThat(at.get("reserved").asInt()).isLessThanOrEqualTo(at.get("onHand").asInt());
            }
        }
        assertThat(accepted.get(a)).isLessThanOrEqualTo(60);
        assertThat(accepted.get(b)).isLessThanOrEqualTo(40);
        // Demand (about 300 units) far exceeds the 100 in stock: the race must have sold out at least one SKU.
        assertThat(accepted.get(a) == 60 || accepted.get(b) == 40).isTrue();
        assertThat(api().get("/api/v1/inventory/consistency").body().get("ok").asBoolean()).isTrue();
    }

    @Test
    void fiftyConcurrentRetriesWithOneIdempotencyKeyMakeOneOrder() throws Exception {
        String location = location(1);
        String sku = product(false);
        stock(sku, location, 100);
        String email = TestData.unique("idem").toLowerCase() + "@example.com";
        String body = order(List.of(line(sku, 1)), email);
        String key = TestData.unique("key");

        List<HttpApi.Response> responses = race(50, i -> body, key);

        Set<String> orderIds = new HashSet<>();
        for (HttpApi.Response r : responses) {
            assertThat(r.status()).isIn(201, 409);
            if (r.status() == 201) {
                orderIds.add(r.body().get("id").asString());
            } else {
                assertThat(r.body().get("type").asString()).isEqualTo("/problems/idempotency-key-in-use");
            }
        }
        assertThat(orderIds).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM orders WHERE customer_email = :e").param("e", email)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(api().get("/api/v1/inventory/" + sku).body().get("reserved").asInt()).isEqualTo(1);
        HttpApi.Response replay = api().post("/api/v1/orders", body, key);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.replayed()).isEqualTo("true");
        assertThat(replay.body().get("id").asString()).isEqualTo(orderIds.iterator().next());
    }

    @Test
    void concurrentStockCountsAtOneLocationNeverDeadlock() throws Exception {
        String location = location(1);
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            skus.add(product(false));
        }
        List<Callable<HttpApi.Response>> counts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String sku = skus.get(i % skus.size());
            int onHand = i;
            counts.add(() -> api().put("/api/v1/inventory/" + sku + "/" + location, "{\"onHand\": " + onHand + "}"));
        }
        assertThat(Race.run(counts, 40)).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        assertThat(api().get("/api/v1/inventory/consistency").body().get("ok").asBoolean()).isTrue();
    }

    private List<HttpApi.Response> race(int n, java.util.function.IntFunction<String> body) throws Exception {
        return race(n, body, null);
    }

    private List<HttpApi.Response> race(int n, java.util.function.IntFunction<String> body, String key)
            throws Exception {
        List<Callable<HttpApi.Response>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String json = body.apply(i);
            calls.add(() -> api().post("/api/v1/orders", json, key));
        }
        return Race.run(calls, n);
    }

    private int allocated(String sku) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(a.quantity), 0) FROM order_allocations a
                JOIN order_lines l ON l.order_id = a.order_id AND l.line_no = a.line_no WHERE l.sku = :sku""")
                .param("sku", sku).query(Integer.class).single();
    }

    private String location(int priority) {
        return api().warehouse(priority);
    }

    private String product(boolean backorderable) {
        return api().product(backorderable);
    }

    private void stock(String sku, String location, int onHand) {
        api().count(sku, location, onHand);
    }

    private static String line(String sku, int quantity) {
        return "{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + "}";
    }

    private static String order(List<String> lines, String email) {
        String e = email != null ? email : TestData.unique("buyer").toLowerCase() + "@example.com";
        return """
                {"channel": "WEB", "customer": {"email": "%s", "name": "Race Buyer"},
                 "shippingAddress": {"line1": "1 Main St", "city": "Boston", "postalCode": "02101", "country": "US"},
                 "lines": [%s]}""".formatted(e, String.join(",", lines));
    }
}
