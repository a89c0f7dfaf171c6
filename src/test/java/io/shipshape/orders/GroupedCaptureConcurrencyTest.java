package io.shipshape.orders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
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
 * 64 real threads capturing over HTTP on overlapping SKUs at two locations, through the grouped path and (orders at
 * their own location) the one-order path at the same time: no deadlock, no oversold unit, every request answered
 * with its own outcome, and every accepted order's stored response replays exactly what was answered. Matters on
 * PostgreSQL (row locks, one committer against concurrent one-order transactions).
 */
@ShipshapeServerTest
class GroupedCaptureConcurrencyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    HttpApi api() {
        return new HttpApi(port, ApiClient.ADMIN_KEY);
    }

    @Test
    void sixtyFourThreadsOnOverlappingSkusNeverDeadlockNorOversell() throws Exception {
        String near = api().warehouse(1);
        String far = api().warehouse(2);
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String sku = api().product(false);
            api().count(sku, near, 25);
            api().count(sku, far, 25);
            skus.add(sku);
        }
        Random random = new Random(7);
        List<String> bodies = new ArrayList<>();
        List<Map<String, Integer>> demands = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            List<String> lines = new ArrayList<>();
            Map<String, Integer> demand = new HashMap<>();
            for (String sku : skus) {
                if (demand.size() < 3 && random.nextInt(3) == 0) {
                    int q = 1 + random.nextInt(3);
                    lines.add("{\"sku\": \"" + sku + "\", \"quantity\": " + q + "}");
                    demand.put(sku, q);
                }
            }
            if (lines.isEmpty()) {
                lines.add("{\"sku\": \"" + skus.get(i % 5) + "\", \"quantity\": 1}");
                demand.put(skus.get(i % 5), 1);
            }
            String own = i % 8 == 0 ? ", \"locationCode\": \"" + near + "\"" : ""; // the one-order path
            bodies.add("""
                    {"channel": "WEB", "customer": {"email": "%s@example.com", "name": "Grouped Buyer"},
                     "shippingAddress": {"line1": "1 Main St", "city": "Boston", "postalCode": "02101", "country": "US"},
                     "lines": [%s]%s}""".formatted(TestData.unique("grp").toLowerCase(), String.join(",", lines), own));
            demands.add(demand);
        }
        List<String> keys = new ArrayList<>();
        List<Callable<HttpApi.Response>> calls = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            String key = TestData.unique("gk");
            keys.add(key);
            String body = bodies.get(i);
            calls.add(() -> api().post("/api/v1/orders", body, key));
        }
        double batchesBefore = batches().count();

        List<HttpApi.Response> responses = Race.run(calls, 64);

        Map<String, Integer> accepted = new HashMap<>();
        int created = 0;
        for (int i = 0; i < responses.size(); i++) {
            HttpApi.Response r = responses.get(i);
            assertThat(r.status()).isIn(201, 409);
            if (r.status() == 409) {
                assertThat(r.body().get("type").asString()).isEqualTo("/problems/insufficient-stock");
                continue;
            }
            created++;
            demands.get(i).forEach((sku, q) -> accepted.merge(sku, q, Integer::sum));
            HttpApi.Response replay = api().post("/api/v1/orders", bodies.get(i), keys.get(i));
            assertThat(replay.status()).isEqualTo(201);
            assertThat(replay.replayed()).isEqualTo("true");
            assertThat(replay.body()).isEqualTo(r.body());
        }
        assertThat(created).isPositive();
        for (String sku : skus) {
            JsonNode stock = api().get("/api/v1/inventory/" + sku).body();
            assertThat(stock.get("reserved").asInt()).isEqualTo(accepted.getOrDefault(sku, 0));
            for (JsonNode at : stock.get("locations")) {
                assertThat(at.get("reserved").asInt()).isLessThanOrEqualTo(at.get("onHand").asInt());
            }
            assertThat(jdbc.sql("""
                    SELECT COALESCE(SUM(a.quantity), 0) FROM order_allocations a
                    JOIN order_lines l ON l.order_id = a.order_id AND l.line_no = a.line_no WHERE l.sku = :sku""")
                    .param("sku", sku).query(Integer.class).single()).isEqualTo(accepted.getOrDefault(sku, 0));
        }
        // Demand (about 256 x 2 lines x 2 units) far exceeds the 250 units: the race must have sold something out.
        assertThat(responses.stream().filter(r -> r.status() == 409)).isNotEmpty();
        assertThat(api().get("/api/v1/inventory/consistency").body().get("ok").asBoolean()).isTrue();
        // Grouping happened: fewer batches than grouped orders (224 of the 256 took the grouped path).
        assertThat(batches().count() - batchesBefore).isLessThan(224);
    }

    private DistributionSummary batches() {
        return meters.get("shipshape.orders.capture.batch.size").summary();
    }
}
