package io.shipshape.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.inventory.StockEvents.BackorderAllocated;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Backordered lines are filled first-come-first-served when stock arrives, and the order shows it once. */
@ShipshapeTest
class BackorderFillTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    BackorderAllocationListener listener;

    ApiClient api;
    OrderFixtures fx;

    @BeforeEach
    void setUp() {
        api = ApiClient.admin(mvc);
        fx = new OrderFixtures(api);
    }

    @Test
    void fillsBackordersOldestFirstWhenStockArrives() throws Exception {
        String wh = fx.warehouse(10);
        String sku = fx.product(1000, "USD", true);
        fx.stock(sku, wh, 1);
        String first = id(fx.place(OrderFixtures.order("WEB").line(sku, 3))); // 1 reserved, 2 backordered
        String second = id(fx.place(OrderFixtures.order("WEB").line(sku, 1)));
        String third = id(fx.place(OrderFixtures.order("WEB").line(sku, 3)));

        api.post("/api/v1/inventory/receipts", "{\"location\": \"%s\", \"reference\": \"PO-1\", \"lines\": [{\"sku\": \"%s\", \"quantity\": 4}]}"
                .formatted(wh, sku)).andExpect(status().isCreated());

        awaitBackordered(first, 0);
        awaitBackordered(second, 0);
        awaitBackordered(third, 2);
        assertThat(allocated(first)).isEqualTo(3);
        assertThat(allocated(second)).isEqualTo(1);
        assertThat(allocated(third)).isEqualTo(1);
        assertThat(fx.reserved(sku)).isEqualTo(5);
        String timeline = api.get("/api/v1/orders/{id}/timeline", third).andReturn().getResponse().getContentAsString();
        assertThat(timeline).contains("Backorder filled: 1 x " + sku + " at " + wh + " (2 still backordered)");
        api.get("/api/v1/inventory/{sku}/movements", sku).andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.items[0].reason")
                        .value("backorder filled"));

        fx.stock(sku, wh, 10); // a count that raises on-hand fills the rest
        awaitBackordered(third, 0);
        assertThat(allocated(third)).isEqualTo(3);
        String consistency = api.get("/api/v1/inventory/consistency").andReturn().getResponse().getContentAsString();
        assertThat((Boolean) JsonPath.read(consistency, "$.ok")).as(consistency).isTrue();
    }

    @Test
    void appliesARedeliveredFillOnce() throws Exception {
        String wh = fx.warehouse(10);
        String sku = fx.product(1000, "USD", true);
        String order = id(fx.place(OrderFixtures.order("WEB").line(sku, 2)));
        BackorderAllocated event = new BackorderAllocated(UUID.randomUUID(), order, 1, sku, wh, 1, 1);

        listener.on(event);
        awaitBackordered(order, 1);
        listener.on(event); // redelivered

        String body = api.get("/api/v1/orders/{id}", order).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(body, "$.lines[0].backorderedQuantity")).isEqualTo(1);
        List<Integer> quantities = JsonPath.read(body, "$.lines[0].allocations[*].quantity");
        assertThat(quantities).containsExactly(1);
        String timeline = api.get("/api/v1/orders/{id}/timeline", order).andReturn().getResponse().getContentAsString();
        assertThat(timeline.split("Backorder filled", -1)).hasSize(2);
    }

    private void awaitBackordered(String orderId, int expected) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String body = api.get("/api/v1/orders/{id}", orderId).andReturn().getResponse().getContentAsString();
            assertThat((Integer) JsonPath.read(body, "$.lines[0].backorderedQuantity")).isEqualTo(expected);
        });
    }

    private int allocated(String orderId) throws Exception {
        String body = api.get("/api/v1/orders/{id}", orderId).andReturn().getResponse().getContentAsString();
        List<Integer> quantities = JsonPath.read(body, "$.lines[0].allocations[*].quantity");
        return quantities.stream().mapToInt(Integer::intValue).sum();
    }

    private static String id(String orderJson) {
        return JsonPath.read(orderJson, "$.id");
    }
}
