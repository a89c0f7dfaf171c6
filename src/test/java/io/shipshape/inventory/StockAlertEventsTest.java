package io.shipshape.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shipshape.ApiClient;
import io.shipshape.RecordedEvents;
import io.shipshape.ShipshapeTest;
import io.shipshape.orders.OrderFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Low, out-of-stock and back-in-stock events fire once per crossing, not once per order. */
@ShipshapeTest
class StockAlertEventsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RecordedEvents events;

    ApiClient api;
    OrderFixtures fx;

    @BeforeEach
    void setUp() {
        api = ApiClient.admin(mvc);
        fx = new OrderFixtures(api);
    }

    @Test
    void firesEachAlertOncePerCrossing() throws Exception {
        String wh = fx.warehouse(10);
        String sku = fx.product(1000, "USD");
        api.put("/api/v1/inventory/" + sku + "/" + wh, "{\"onHand\": 10, \"reorderPoint\": 3}").andExpect(status().isOk());
        for (int i = 0; i < 3; i++) {
            fx.place(OrderFixtures.order("WEB").line(sku, 2)); // 8, 6, 4 available: above the reorder point
        }
        assertThat(count(StockEvents.LowStock.class, sku)).isZero();
        fx.place(OrderFixtures.order("WEB").line(sku, 2)); // 2: low
        fx.place(OrderFixtures.order("WEB").line(sku, 1)); // 1: still low
        assertThat(count(StockEvents.LowStock.class, sku)).isEqualTo(1);
        assertThat(count(StockEvents.OutOfStock.class, sku)).isZero();
        fx.place(OrderFixtures.order("WEB").line(sku, 1)); // 0: out
        api.post("/api/v1/orders", OrderFixtures.order("WEB").line(sku, 1).json()).andExpect(status().isConflict());
        assertThat(count(StockEvents.OutOfStock.class, sku)).isEqualTo(1);

        receive(sku, wh, 2); // 2: back in stock, still low
        receive(sku, wh, 1);
        assertThat(count(StockEvents.BackInStock.class, sku)).isEqualTo(1);
        assertThat(count(StockEvents.LowStock.class, sku)).isEqualTo(1);
        receive(sku, wh, 10); // 13: fine again
        fx.place(OrderFixtures.order("WEB").line(sku, 11)); // 2: low again, a new crossing
        assertThat(count(StockEvents.LowStock.class, sku)).isEqualTo(2);
        api.post("/api/v1/inventory/adjustments", "{\"sku\": \"%s\", \"location\": \"%s\", \"delta\": -2, \"reason\": \"broken\"}"
                .formatted(sku, wh)).andExpect(status().isCreated()); // 0: out again
        assertThat(count(StockEvents.OutOfStock.class, sku)).isEqualTo(2);
        assertThat(events.stream(StockEvents.OutOfStock.class).filter(e -> e.sku().equals(sku)))
                .allSatisfy(e -> assertThat(e.location()).isEqualTo(wh));
    }

    private long count(Class<? extends Record> type, String sku) {
        return events.stream(type).filter(e -> e.toString().contains("sku=" + sku + ",")).count();
    }

    private void receive(String sku, String location, int quantity) throws Exception {
        api.post("/api/v1/inventory/receipts", "{\"location\": \"%s\", \"lines\": [{\"sku\": \"%s\", \"quantity\": %d}]}"
                .formatted(location, sku, quantity)).andExpect(status().isCreated());
    }
}
