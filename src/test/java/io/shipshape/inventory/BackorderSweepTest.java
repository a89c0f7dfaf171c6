package io.shipshape.inventory;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.orders.OrderFixtures;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stock that arrived while a capture was deciding to backorder (so the arrival's fill could not see the
 * backorder) is given to the backorder by the sweep that runs after the capture commits.
 */
@ShipshapeTest
class BackorderSweepTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Backorders backorders;

    @Test
    void sweepAfterCommitFillsBackordersFromStockThatArrivedUnseen() throws Exception {
        ApiClient api = ApiClient.admin(mvc);
        OrderFixtures fx = new OrderFixtures(api);
        String wh = fx.warehouse(10);
        String sku = fx.product(1000, "USD", true);
        fx.stock(sku, wh, 0);
        String order = JsonPath.read(fx.place(OrderFixtures.order("WEB").line(sku, 2)), "$.id");
        // A receipt whose own fill ran before the backorder above was visible to it: on hand rose, the queue stayed.
        UUID locationId = jdbc.sql("SELECT id FROM locations WHERE code = :c").param("c", wh).query(UUID.class).single();
        jdbc.sql("UPDATE stock_levels SET on_hand = on_hand + 2 WHERE sku = :s AND location_id = :l")
                .param("s", sku).param("l", locationId).update();
        jdbc.sql("""
                INSERT INTO stock_movements (id, sku, location_id, type, quantity, reason, reference, actor, created_at)
                VALUES (:id, :s, :l, 'RECEIPT', 2, 'receipt', 'PO-RACE', 'test', CURRENT_TIMESTAMP)""")
                .param("id", UUID.randomUUID()).param("s", sku).param("l", locationId).update();

        backorders.afterQueued(new BackordersQueued(List.of(sku)));

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String body = api.get("/api/v1/orders/{id}", order).andReturn().getResponse().getContentAsString();
            assertThat((Integer) JsonPath.read(body, "$.lines[0].backorderedQuantity")).isZero();
        });
        String consistency = api.get("/api/v1/inventory/consistency").andReturn().getResponse().getContentAsString();
        assertThat((Boolean) JsonPath.read(consistency, "$.ok")).as(consistency).isTrue();
    }
}
