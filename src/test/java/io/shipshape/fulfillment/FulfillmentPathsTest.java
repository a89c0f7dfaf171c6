package io.shipshape.fulfillment;

import static io.shipshape.orders.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Short picks sourced elsewhere or backordered, store pickup and POS hand-over; stock stays consistent after each. */
@ShipshapeTest
class FulfillmentPathsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    FulfillmentManagement fulfillment;

    FulfillmentFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new FulfillmentFixtures(ApiClient.admin(mvc), fulfillment);
    }

    @Test
    void aShortPickIsReleasedAndSourcedAgainAtAnotherLocation() throws Exception {
        String first = fx.orders.warehouse(1);
        String second = fx.orders.warehouse(2);
        String sku = fx.orders.stockedProduct(first, 5);
        fx.orders.stock(sku, second, 5);
        String orderId = fx.placeAndRelease(order("WEB").shipTo("US").line(sku, 3));
        String id = (String) fx.fulfillmentsOf(orderId).get(0).get("id");
        assertThat(fx.get(id)).containsEntry("location", first);

        String created = fx.post("/api/v1/fulfillments/" + id + "/reject",
                "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 2}], \"reason\": \"bin empty\"}", 200);

        assertThat(JsonPath.<List<String>>read(created, "$[*].location")).containsExactly(second);
        assertThat(JsonPath.<Integer>read(created, "$[0].lines[0].quantity")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(fx.get(id), "$.lines[0].quantity")).isEqualTo(1);
        assertThat(fx.stockAt(sku, first)).containsExactly(5, 1);
        assertThat(fx.stockAt(sku, second)).containsExactly(5, 2);
        String timeline = fx.api.get("/api/v1/orders/" + orderId + "/timeline").andReturn().getResponse()
                .getContentAsString();
        assertThat(timeline).contains("Short pick at " + first + " (bin empty)", "2 to " + second);
        assertThat(reservedAt(orderId)).containsExactlyInAnyOrderEntriesOf(Map.of(first, 1, second, 2));
        assertThat(backordered(orderId)).isZero();
        fx.assertConsistent();

        for (Map<String, Object> f : fx.fulfillmentsOf(orderId)) {
            String fid = (String) f.get("id");
            fx.pack(fid, sku, JsonPath.read(f, "$.lines[0].quantity"));
            fx.ship(fid, "UPS", "1Z" + fid.substring(0, 4));
        }
        assertThat(fx.stockAt(sku, first)).containsExactly(4, 0);
        assertThat(fx.stockAt(sku, second)).containsExactly(3, 0);
        fx.assertConsistent();
    }

    @Test
    void aShortPickNoOtherLocationCanServeIsBackorderedAndFilledWhenStockArrives() throws Exception {
        String first = fx.orders.warehouse(1);
        String sku = fx.orders.stockedProduct(first, 2);
        String orderId = fx.placeAndRelease(order("WEB").shipTo("US").line(sku, 2));
        String id = (String) fx.fulfillmentsOf(orderId).get(0).get("id");

        String created = fx.post("/api/v1/fulfillments/" + id + "/reject",
                "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 2}], \"reason\": \"damaged\"}", 200);
        assertThat(JsonPath.<List<Object>>read(created, "$")).isEmpty();
        assertThat(fx.get(id)).containsEntry("status", "CANCELLED");
        assertThat(fx.stockAt(sku, first)).containsExactly(2, 0);
        assertThat(reservedAt(orderId)).isEmpty();
        assertThat(backordered(orderId)).isEqualTo(2);
        fx.assertConsistent();

        String second = fx.orders.warehouse(5);
        fx.orders.stock(sku, second, 4); // the arrival fills the backorder there: a new fulfillment order follows
        await().atMost(Duration.ofSeconds(15)).until(() -> fx.fulfillmentsOf(orderId).size() == 2);
        Map<String, Object> filled = fx.fulfillmentsOf(orderId).get(1);
        assertThat(filled).containsEntry("location", second).containsEntry("status", "OPEN");
        assertThat(JsonPath.<Integer>read(filled, "$.lines[0].quantity")).isEqualTo(2);
        assertThat(fx.stockAt(sku, second)).containsExactly(4, 2);
        await().atMost(Duration.ofSeconds(15)).until(() -> backordered(orderId) == 0);
        assertThat(reservedAt(orderId)).containsExactlyEntriesOf(Map.of(second, 2));
        fx.assertConsistent();
    }

    /** Where the order says its only line's units are reserved (the order page's "Reserved at"). */
    private Map<String, Integer> reservedAt(String orderId) throws Exception {
        String order = fx.api.get("/api/v1/orders/" + orderId).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> allocations = JsonPath.read(order, "$.lines[0].allocations");
        Map<String, Integer> byLocation = new java.util.TreeMap<>();
        allocations.forEach(a -> byLocation.merge((String) a.get("location"), (Integer) a.get("quantity"), Integer::sum));
        return byLocation;
    }

    private int backordered(String orderId) throws Exception {
        String order = fx.api.get("/api/v1/orders/" + orderId).andReturn().getResponse().getContentAsString();
        return JsonPath.<Integer>read(order, "$.lines[0].backorderedQuantity");
    }

    @Test
    void aStorePickupIsReadyThenHandedOverToTheNamedCustomerOnly() throws Exception {
        String store = fx.orders.store(1, "US");
        String sku = fx.orders.stockedProduct(store, 4);
        String orderId = fx.placeAndRelease(order("WEB").customer(io.shipshape.orders.OrderFixtures.uniqueEmail("p"),
                "Ada Lovelace").locationCode(store).shipping("pickup", 0, "USD").line(sku, 2));
        Map<String, Object> f = fx.fulfillmentsOf(orderId).get(0);
        assertThat(f).containsEntry("kind", "PICKUP").containsEntry("location", store);
        String id = (String) f.get("id");

        fx.pack(id, sku, 2);
        assertThat(fx.timelineTypes(orderId)).contains("READY_FOR_PICKUP");
        fx.post("/api/v1/fulfillments/" + id + "/ship", "{\"carrier\": \"UPS\", \"trackingNumber\": \"X\"}", 409);
        fx.post("/api/v1/fulfillments/" + id + "/pickup", "{\"customerName\": \"Somebody Else\"}", 422);
        assertThat(fx.get(id)).containsEntry("status", "PACKED");
        assertThat(fx.stockAt(sku, store)).containsExactly(4, 2);

        fx.post("/api/v1/fulfillments/" + id + "/pickup", "{\"customerName\": \"  ada   LOVELACE \"}", 200);
        assertThat(fx.get(id)).containsEntry("status", "DELIVERED").containsEntry("carrier", null);
        assertThat(fx.stockAt(sku, store)).containsExactly(2, 0);
        assertThat(fx.timelineTypes(orderId)).contains("HANDED_OVER");
        fx.assertConsistent();
    }

    @Test
    void aPosSaleIsHandedOverAtTheTillOnRelease() throws Exception {
        String store = fx.orders.store(1, "US");
        String sku = fx.orders.stockedProduct(store, 5);
        String orderId = fx.placeAndRelease(order("POS").locationCode(store).line(sku, 1));

        Map<String, Object> f = fx.fulfillmentsOf(orderId).get(0);
        assertThat(f).containsEntry("kind", "POS").containsEntry("status", "DELIVERED");
        assertThat(fx.stockAt(sku, store)).containsExactly(4, 0);
        fx.assertConsistent();
    }

    @Test
    void cancellingAnOrderCancelsItsOpenFulfillmentAndPartOfItShrinksIt() throws Exception {
        String wh = fx.orders.warehouse(1);
        String sku = fx.orders.stockedProduct(wh, 10);
        String partial = fx.placeAndRelease(order("WEB").shipTo("US").line(sku, 3));
        String whole = fx.placeAndRelease(order("WEB").shipTo("US").line(sku, 2));
        String partialId = (String) fx.fulfillmentsOf(partial).get(0).get("id");
        String wholeId = (String) fx.fulfillmentsOf(whole).get(0).get("id");

        fx.post("/api/v1/orders/" + partial + "/cancel",
                "{\"reason\": \"customer changed mind\", \"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 1}]}", 200);
        fx.post("/api/v1/orders/" + whole + "/cancel", "{\"reason\": \"fraud\"}", 200);

        await().atMost(Duration.ofSeconds(15)).until(() -> "CANCELLED".equals(fx.get(wholeId).get("status")));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> JsonPath.<Integer>read(fx.get(partialId), "$.lines[0].quantity") == 2);
        assertThat(fx.stockAt(sku, wh)).containsExactly(10, 2);
        fx.assertConsistent();

        fx.pack(partialId, sku, 2);
        fx.ship(partialId, "UPS", "1ZCANCEL");
        assertThat(fx.stockAt(sku, wh)).containsExactly(8, 0);
        assertThat(JsonPath.<String>read(fx.orderJson(partial), "$.fulfillmentStatus")).isEqualTo("FULFILLED");
        assertThat(JsonPath.<String>read(fx.orderJson(partial), "$.status")).isEqualTo("SHIPPED");
        fx.assertConsistent();
    }
}
