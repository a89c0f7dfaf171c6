package io.shipshape.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.shipshape.ApiClient;
import io.shipshape.HttpApi;
import io.shipshape.Race;
import io.shipshape.ShipshapeServerTest;
import io.shipshape.orders.OrderId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Clerks racing on one fulfillment order over real HTTP on real threads: it ships once (one 200, the rest 409
 * invalid-transition), on-hand goes down once, and the ledger agrees. Matters on PostgreSQL, where the requests
 * really run in parallel and only the fulfillment's row lock serialises them.
 */
@ShipshapeServerTest
class FulfillmentConcurrencyTest {

    @LocalServerPort
    int port;
    @Autowired
    FulfillmentManagement fulfillment;

    @Test
    void twoClerksShippingTheSameFulfillmentShipItOnce() throws Exception {
        HttpApi api = new HttpApi(port, ApiClient.ADMIN_KEY);
        String wh = api.warehouse(1);
        String sku = api.product(false);
        api.count(sku, wh, 10);
        for (int round = 0; round < 3; round++) {
            HttpApi.Response placed = api.post("/api/v1/orders", """
                    {"channel": "WEB", "customer": {"email": "race%s@example.com", "name": "Racer"},
                     "shippingAddress": {"name": "Racer", "line1": "1 Track Road", "city": "Town", "postalCode": "10115",
                                         "country": "US"},
                     "lines": [{"sku": "%s", "quantity": 2}]}""".formatted(UUID.randomUUID(), sku));
            assertThat(placed.status()).isEqualTo(201);
            OrderId orderId = new OrderId(UUID.fromString(placed.body().get("id").asString()));
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> !fulfillment.ofOrder(orderId).isEmpty()); // processed and released
            FulfillmentId id = fulfillment.ofOrder(orderId).get(0).id();
            assertThat(api.post("/api/v1/fulfillments/" + id + "/pack",
                    "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 2}]}").status()).isEqualTo(200);

            List<Callable<String>> clerks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String tracking = "TRK" + round + i;
                clerks.add(() -> {
                    HttpApi.Response r = api.post("/api/v1/fulfillments/" + id + "/ship",
                            "{\"carrier\": \"UPS\", \"trackingNumber\": \"" + tracking + "\"}");
                    return r.status() == 200 ? "shipped" : r.status() + " " + r.body().get("type").asString();
                });
            }
            List<String> outcomes = Race.run(clerks, 4);
            // The losers waited for the winner's row lock and then saw SHIPPED: refused by the transition table,
            // not by stock running out underneath them.
            assertThat(outcomes.stream().filter("shipped"::equals)).hasSize(1);
            assertThat(outcomes.stream().filter(o -> !o.equals("shipped")))
                    .allMatch(o -> o.startsWith("409 ") && o.endsWith("/invalid-transition"), "invalid-transition");
        }
        HttpApi.Response stock = api.get("/api/v1/inventory/" + sku);
        assertThat(stock.body().get("onHand").asInt()).isEqualTo(4);
        assertThat(stock.body().get("reserved").asInt()).isEqualTo(0);
        assertThat(api.get("/api/v1/inventory/consistency").body().get("ok").asBoolean()).isTrue();
    }
}
