package io.shipshape.fulfillment;

import static io.shipshape.orders.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.orders.OrderFixtures;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** While its order is ON_HOLD a fulfillment order is neither picked, packed, scanned, shipped nor handed over. */
@ShipshapeTest
class FulfillmentHoldTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    FulfillmentManagement fulfillment;
    @Autowired
    OrderManagement orders;

    FulfillmentFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new FulfillmentFixtures(ApiClient.admin(mvc), fulfillment);
    }

    @Test
    void aHeldOrderIsNotPickedPackedScannedOrShippedUntilReleased() throws Exception {
        String wh = fx.orders.warehouse(1);
        String sku = fx.orders.stockedProduct(wh, 10);
        String orderId = fx.placePaidAndRelease(order("WEB").shipTo("US").line(sku, 2));
        String id = (String) fx.fulfillmentsOf(orderId).get(0).get("id");

        hold(orderId);
        assertOnHold(fx.post("/api/v1/fulfillments/" + id + "/pick", "{}", 409));
        assertOnHold(fx.post("/api/v1/fulfillments/" + id + "/pack",
                "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 2}]}", 409));
        assertOnHold(fx.post("/api/v1/fulfillments/" + id + "/scan", "{\"code\": \"" + sku + "\"}", 409));
        assertThat(fx.get(id)).containsEntry("status", "OPEN");
        assertThat(JsonPath.<Integer>read(fx.get(id), "$.lines[0].packed")).isZero();
        String queue = mvc.perform(get("/admin/fulfillment").param("location", wh).with(user("w").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("id=\"held-" + id + "\"");
        String page = mvc.perform(get("/admin/fulfillment/" + id).with(user("w").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"order-on-hold\"");

        fx.post("/api/v1/orders/" + orderId + "/release", "", 200);
        fx.pack(id, sku, 2);
        hold(orderId);
        assertOnHold(fx.post("/api/v1/fulfillments/" + id + "/ship",
                "{\"carrier\": \"UPS\", \"trackingNumber\": \"1ZHOLD\"}", 409));
        assertThat(fx.get(id)).containsEntry("status", "PACKED");
        assertThat(fx.stockAt(sku, wh)).containsExactly(10, 2);
        assertThat(fx.captured(orderId)).isZero();

        fx.post("/api/v1/orders/" + orderId + "/release", "", 200);
        fx.ship(id, "UPS", "1ZHOLD");
        assertThat(fx.stockAt(sku, wh)).containsExactly(8, 0);
        fx.assertConsistent();
    }

    @Test
    void aHeldPickupIsNotHandedOver() throws Exception {
        String store = fx.orders.store(1, "US");
        String sku = fx.orders.stockedProduct(store, 4);
        String orderId = fx.placeAndRelease(order("WEB").customer(OrderFixtures.uniqueEmail("h"), "Ada Lovelace")
                .locationCode(store).shipping("pickup", 0, "USD").line(sku, 1));
        String id = (String) fx.fulfillmentsOf(orderId).get(0).get("id");
        fx.pack(id, sku, 1);
        hold(orderId);
        assertOnHold(fx.post("/api/v1/fulfillments/" + id + "/pickup", "{\"customerName\": \"Ada Lovelace\"}", 409));
        assertThat(fx.get(id)).containsEntry("status", "PACKED");
        fx.post("/api/v1/orders/" + orderId + "/release", "", 200);
        fx.post("/api/v1/fulfillments/" + id + "/pickup", "{\"customerName\": \"Ada Lovelace\"}", 200);
        assertThat(fx.get(id)).containsEntry("status", "DELIVERED");
    }

    @Test
    void aPickListOfEveryOpenOneLeavesHeldOrdersOutFoundByOneReadOfStatuses() throws Exception {
        String wh = fx.orders.warehouse(1);
        String sku = fx.orders.stockedProduct(wh, 10);
        String held = fx.placeAndRelease(order("WEB").shipTo("US").line(sku, 1));
        String free = fx.placeAndRelease(order("WEB").shipTo("US").line(sku, 2));
        hold(held);
        String list = fx.post("/api/v1/pick-lists", "{\"location\": \"" + wh + "\"}", 200);
        assertThat(JsonPath.<Integer>read(list, "$.totalUnits")).isEqualTo(2);
        assertThat(fx.fulfillmentsOf(held).get(0)).containsEntry("status", "OPEN");
        assertThat(fx.fulfillmentsOf(free).get(0)).containsEntry("status", "PICKING");

        // The batch (and the queue page) find the held ones with one bulk read of statuses, not an order read each.
        OrderId heldId = new OrderId(UUID.fromString(held));
        OrderId freeId = new OrderId(UUID.fromString(free));
        assertThat(orders.statuses(List.of(heldId, freeId, new OrderId(UUID.randomUUID()), heldId)))
                .containsOnly(entry(heldId, OrderStatus.ON_HOLD), entry(freeId, OrderStatus.IN_FULFILLMENT));
        assertThat(orders.statuses(List.of())).isEmpty();
        List<FulfillmentView> rows = new ArrayList<>(fulfillment.ofOrder(heldId));
        rows.addAll(fulfillment.ofOrder(freeId));
        rows.addAll(fulfillment.ofOrder(heldId));
        assertThat(fulfillment.heldOrders(rows)).containsExactly(heldId);
        assertThat(fulfillment.heldOrders(List.of())).isEmpty();
    }

    private void hold(String orderId) throws Exception {
        String held = fx.post("/api/v1/orders/" + orderId + "/hold", "{\"reason\": \"address check\"}", 200);
        assertThat(JsonPath.<String>read(held, "$.status")).isEqualTo("ON_HOLD");
    }

    private static void assertOnHold(String problem) {
        assertThat(JsonPath.<String>read(problem, "$.type")).isEqualTo("/problems/order-on-hold");
    }
}
