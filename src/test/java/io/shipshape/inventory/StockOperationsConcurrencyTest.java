package io.shipshape.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

import io.shipshape.ApiClient;
import io.shipshape.HttpApi;
import io.shipshape.Race;
import io.shipshape.ShipshapeServerTest;
import io.shipshape.TestData;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Real threads over real HTTP: orders racing for the last units while receipts, transfers and counts run, and
 * a thousand backordered units filled by receipts of arbitrary sizes in capture order.
 */
@ShipshapeServerTest
class StockOperationsConcurrencyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    HttpApi api() {
        return new HttpApi(port, ApiClient.ADMIN_KEY);
    }

    @Test
    void ordersRacingWithReceiptsTransfersAndCountsNeverOversell() throws Exception {
        String a = location(1);
        String b = location(2);
        String c = location(3);
        String sku = product(false);
        count(sku, a, 20);
        count(sku, b, 20);
        List<Callable<HttpApi.Response>> work = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            work.add(() -> api().post("/api/v1/orders", order(sku)));
        }
        for (int i = 0; i < 10; i++) {
            work.add(() -> api().post("/api/v1/inventory/receipts", receipt(b, sku, 2)));
            work.add(() -> {
                HttpApi.Response shipped = api().post("/api/v1/inventory/transfers",
                        TransferApiTest.transfer(a, b, sku, 1));
                return shipped.status() != 201 ? shipped
                        : api().post("/api/v1/inventory/transfers/" + shipped.body().get("id").asString() + "/receive", "");
            });
        }
        for (int i = 1; i <= 5; i++) {
            // Recounts of the same 15 units (with changing reorder points): the first one brings them on hand.
            int reorderPoint = i;
            work.add(() -> api().put("/api/v1/inventory/" + sku + "/" + c,
                    "{\"onHand\": 15, \"reorderPoint\": " + reorderPoint + "}"));
        }
        Collections.shuffle(work, new Random(7));

        List<HttpApi.Response> responses = Race.run(work, 40);

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(String.valueOf(r.body())).isIn(200, 201, 409));
        long accepted = responses.stream().filter(r -> r.status() == 201 && r.body().has("number")).count();
        JsonNode stock = api().get("/api/v1/inventory/" + sku).body();
        assertThat(stock.get("reserved").asInt()).isEqualTo((int) accepted);
        assertThat(stock.get("inTransit").asInt()).isZero();
        for (JsonNode at : stock.get("locations")) {
            assertThat(at.get("onHand").asInt()).isNotNegative();
            assertThat(at.get("reserved").asInt()).isLessThanOrEqualTo(at.get("onHand").asInt());
        }
        assertThat(stock.get("onHand").asInt()).isEqualTo(40 + 20 + 15); // counts, receipts; transfers net 0
        assertThat(accepted).isLessThan(150).isLessThanOrEqualTo(75);
        JsonNode consistency = api().get("/api/v1/inventory/consistency").body();
        assertThat(consistency.get("ok").asBoolean()).as(consistency.toString()).isTrue();
    }

    @Test
    void aThousandBackorderedUnitsAreFilledInCaptureOrder() throws Exception {
        String east = location(1);
        String west = location(2);
        String sku = product(true);
        List<Callable<HttpApi.Response>> orders = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            orders.add(() -> api().post("/api/v1/orders", order(sku)));
        }
        assertThat(Race.run(orders, 16)).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
        List<String> captureOrder = jdbc.sql("SELECT reference FROM backorders WHERE sku = :sku ORDER BY seq")
                .param("sku", sku).query(String.class).list();
        assertThat(captureOrder).hasSize(1000);

        Random random = new Random(11);
        List<Callable<HttpApi.Response>> receipts = new ArrayList<>();
        int received = 0;
        while (received < 700) {
            int q = Math.min(700 - received, 1 + random.nextInt(60));
            String at = random.nextBoolean() ? east : west;
            receipts.add(() -> api().post("/api/v1/inventory/receipts", receipt(at, sku, q)));
            received += q;
        }
        Collections.shuffle(receipts, random);
        assertThat(Race.run(receipts, 8)).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));

        awaitFilled(sku, 700);
        List<String> filled = jdbc.sql("""
                SELECT b.reference FROM backorders b WHERE b.sku = :sku AND b.outstanding = 0 ORDER BY b.seq""")
                .param("sku", sku).query(String.class).list();
        assertThat(filled).containsExactlyElementsOf(captureOrder.subList(0, 700));
        for (String orderId : List.of(captureOrder.get(0), captureOrder.get(699), captureOrder.get(700))) {
            JsonNode line = api().get("/api/v1/orders/" + orderId).body().get("lines").get(0);
            boolean wasFilled = captureOrder.indexOf(orderId) < 700;
            assertThat(line.get("backorderedQuantity").asInt()).isEqualTo(wasFilled ? 0 : 1);
            assertThat(line.get("allocations").size()).isEqualTo(wasFilled ? 1 : 0);
        }

        assertThat(api().post("/api/v1/inventory/receipts", receipt(west, sku, 310)).status()).isEqualTo(201);
        awaitFilled(sku, 1000);
        JsonNode stock = api().get("/api/v1/inventory/" + sku).body();
        assertThat(stock.get("reserved").asInt()).isEqualTo(1000);
        assertThat(stock.get("available").asInt()).isEqualTo(10);
        assertThat(api().get("/api/v1/inventory/consistency").body().get("ok").asBoolean()).isTrue();
    }

    /** Waits until the orders module applied the fills (after commit): allocations and backordered quantities. */
    private void awaitFilled(String sku, int units) {
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(jdbc.sql("""
                    SELECT COALESCE(SUM(a.quantity), 0) FROM order_allocations a JOIN order_lines l
                    ON l.order_id = a.order_id AND l.line_no = a.line_no WHERE l.sku = :sku""")
                    .param("sku", sku).query(Integer.class).single()).isEqualTo(units);
            assertThat(jdbc.sql("SELECT COALESCE(SUM(backordered_quantity), 0) FROM order_lines WHERE sku = :sku")
                    .param("sku", sku).query(Integer.class).single()).isEqualTo(1000 - units);
        });
    }

    private String location(int priority) {
        return api().warehouse(priority);
    }

    private String product(boolean backorderable) {
        return api().product(backorderable);
    }

    private void count(String sku, String location, int onHand) {
        api().count(sku, location, onHand);
    }

    private static String receipt(String location, String sku, int quantity) {
        return "{\"location\": \"%s\", \"lines\": [{\"sku\": \"%s\", \"quantity\": %d}]}".formatted(location, sku, quantity);
    }

    private static String order(String sku) {
        return """
                {"channel": "WEB", "customer": {"email": "%s@example.com", "name": "Race Buyer"},
                 "shippingAddress": {"line1": "1 Main St", "city": "Boston", "postalCode": "02101", "country": "US"},
                 "lines": [{"sku": "%s", "quantity": 1}]}""".formatted(TestData.unique("buyer").toLowerCase(), sku);
    }
}
