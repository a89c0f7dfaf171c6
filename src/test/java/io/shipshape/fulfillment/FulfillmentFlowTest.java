package io.shipshape.fulfillment;

import static io.shipshape.orders.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The paths of an order through fulfillment over the API: full, partial and split shipments; after each, stock
 * and the ledger agree ({@code /inventory/consistency}) and the order's fulfillment status follows.
 */
@ShipshapeTest
class FulfillmentFlowTest {

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
    void shipsAFullOrderFromOneLocationAndConsumesItsReservation() throws Exception {
        String wh = fx.orders.warehouse(1);
        String sku = fx.orders.stockedProduct(wh, 10);
        String orderId = fx.placeAndRelease(order("WEB").shipTo("US").line(sku, 3));

        List<Map<String, Object>> fulfillments = fx.fulfillmentsOf(orderId);
        assertThat(fulfillments).hasSize(1);
        Map<String, Object> f = fulfillments.get(0);
        assertThat(f).containsEntry("location", wh).containsEntry("status", "OPEN").containsEntry("kind", "SHIP");
        assertThat(JsonPath.<Integer>read(f, "$.lines[0].quantity")).isEqualTo(3);
        String id = (String) f.get("id");

        fx.pick(id);
        assertThat(fx.get(id)).containsEntry("status", "PICKING");
        fx.pack(id, sku, 3);
        assertThat(fx.get(id)).containsEntry("status", "PACKED");
        String shipped = fx.ship(id, "ups", "1Z999AA10123456784");

        assertThat(JsonPath.<String>read(shipped, "$.status")).isEqualTo("SHIPPED");
        assertThat(JsonPath.<String>read(shipped, "$.carrier")).isEqualTo("UPS");
        assertThat(JsonPath.<String>read(shipped, "$.trackingUrl"))
                .isEqualTo("https://www.ups.com/track?tracknum=1Z999AA10123456784");
        assertThat(fx.stockAt(sku, wh)).containsExactly(7, 0);
        assertThat(fx.fulfillmentsOf(orderId)).hasSize(1);
        assertThat(fx.timelineTypes(orderId)).contains("FULFILLMENT_CREATED", "SHIPPED");
        assertThat(JsonPath.<String>read(fx.orderJson(orderId), "$.status")).isEqualTo("SHIPPED");
        assertThat(JsonPath.<String>read(fx.orderJson(orderId), "$.fulfillmentStatus")).isEqualTo("FULFILLED");
        fx.assertConsistent();

        fx.post("/api/v1/fulfillments/" + id + "/deliver", "{}", 200);
        assertThat(fx.get(id)).containsEntry("status", "DELIVERED");
        fx.post("/api/v1/fulfillments/" + id + "/deliver", "{}", 200); // a webhook repeating itself changes nothing
        assertThat(fx.timelineTypes(orderId).stream().filter("DELIVERED"::equals)).hasSize(1);
        assertThat(JsonPath.<String>read(fx.orderJson(orderId), "$.status")).isEqualTo("DELIVERED");
        assertThat(JsonPath.<String>read(fx.orderJson(orderId), "$.fulfillmentStatus")).isEqualTo("DELIVERED");
    }

    @Test
    void shipsWhatIsPackedAndKeepsTheRestOpenInANewFulfillmentOrder() throws Exception {
        String wh = fx.orders.warehouse(1);
        String sku = fx.orders.stockedProduct(wh, 10);
        String orderId = fx.placeAndRelease(order("WEB").shipTo("US").line(sku, 5));
        String id = (String) fx.fulfillmentsOf(orderId).get(0).get("id");

        java.time.Instant from = java.time.Instant.now().minusSeconds(1);
        java.time.Instant to = from.plusSeconds(3600);
        FulfillmentAccuracy accuracyBefore = fulfillment.accuracy(from, to);
        fx.pack(id, sku, 2);
        assertThat(fx.get(id)).containsEntry("mismatches", 1); // a short line is recorded for the accuracy KPI
        fx.ship(id, "FEDEX", "7946");
        FulfillmentAccuracy accuracyAfter = fulfillment.accuracy(from, to);
        assertThat(accuracyAfter.shipped() - accuracyBefore.shipped()).isEqualTo(1);
        assertThat(accuracyAfter.withMismatches() - accuracyBefore.withMismatches()).isEqualTo(1);

        List<Map<String, Object>> after = fx.fulfillmentsOf(orderId);
        assertThat(after).hasSize(2);
        assertThat(after.get(0)).containsEntry("status", "SHIPPED");
        assertThat(JsonPath.<Integer>read(after.get(0), "$.lines[0].quantity")).isEqualTo(2);
        assertThat(after.get(1)).containsEntry("status", "OPEN").containsEntry("parentId", id);
        assertThat(JsonPath.<Integer>read(after.get(1), "$.lines[0].quantity")).isEqualTo(3);
        assertThat(fx.stockAt(sku, wh)).containsExactly(8, 3);
        assertThat(JsonPath.<String>read(fx.orderJson(orderId), "$.status")).isEqualTo("PARTIALLY_SHIPPED");
        assertThat(JsonPath.<String>read(fx.orderJson(orderId), "$.fulfillmentStatus")).isEqualTo("PARTIALLY_FULFILLED");
        fx.assertConsistent();

        String rest = (String) after.get(1).get("id");
        fx.pack(rest, sku, 3);
        fx.ship(rest, "FEDEX", "7947");
        assertThat(fx.stockAt(sku, wh)).containsExactly(5, 0);
        fx.assertConsistent();
    }

    @Test
    void anOrderSplitAcrossTwoLocationsGetsOneFulfillmentOrderAtEach() throws Exception {
        String first = fx.orders.warehouse(1);
        String second = fx.orders.warehouse(2);
        String sku = fx.orders.stockedProduct(first, 2);
        fx.orders.stock(sku, second, 5);
        String orderId = fx.placeAndRelease(order("WEB").shipTo("US").line(sku, 6)); // no location has all 6

        List<Map<String, Object>> fulfillments = fx.fulfillmentsOf(orderId);
        assertThat(fulfillments).extracting(f -> f.get("location")).containsExactlyInAnyOrder(first, second);
        for (Map<String, Object> f : fulfillments) {
            String id = (String) f.get("id");
            int quantity = JsonPath.read(f, "$.lines[0].quantity");
            fx.pack(id, sku, quantity);
            fx.ship(id, "DHL", "JD0" + quantity);
        }
        int[] a = fx.stockAt(sku, first);
        int[] b = fx.stockAt(sku, second);
        assertThat(a[0] + b[0]).isEqualTo(1); // 7 on hand, 6 shipped from wherever sourcing chose
        assertThat(a[1] + b[1]).isZero();
        fx.assertConsistent();
    }

    @Test
    void refusesToShipBeforePackingOrTwice() throws Exception {
        String wh = fx.orders.warehouse(1);
        String sku = fx.orders.stockedProduct(wh, 10);
        String orderId = fx.placeAndRelease(order("WEB").shipTo("US").line(sku, 1));
        String id = (String) fx.fulfillmentsOf(orderId).get(0).get("id");

        fx.post("/api/v1/fulfillments/" + id + "/ship", "{\"carrier\": \"UPS\", \"trackingNumber\": \"X1\"}", 409);
        fx.post("/api/v1/fulfillments/" + id + "/pack", "{\"lines\": [{\"sku\": \"NOPE\", \"quantity\": 1}]}", 400);
        fx.post("/api/v1/fulfillments/" + id + "/pack", "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 2}]}", 400);
        fx.post("/api/v1/fulfillments/" + id + "/pack", "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 0}]}", 400);
        fx.post("/api/v1/fulfillments/" + id + "/reject", "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 0}],"
                + " \"reason\": \"none\"}", 400);
        assertThat(fx.get(id)).containsEntry("status", "OPEN");
        fx.pack(id, sku, 1);
        fx.post("/api/v1/fulfillments/" + id + "/ship", "{\"carrier\": \"PIGEON\", \"trackingNumber\": \"X1\"}", 422);
        assertThat(fx.stockAt(sku, wh)).containsExactly(10, 1);
        fx.ship(id, "USPS", "9400");
        fx.post("/api/v1/fulfillments/" + id + "/ship", "{\"carrier\": \"UPS\", \"trackingNumber\": \"X2\"}", 409);
        assertThat(fx.stockAt(sku, wh)).containsExactly(9, 0);
        fx.assertConsistent();
    }

    @Test
    void urgentOrdersComeFirstInTheQueueAndCanBeFilteredAlone() throws Exception {
        String wh = fx.orders.warehouse(1);
        String sku = fx.orders.stockedProduct(wh, 10);
        String normal = fx.placeAndRelease(order("WEB").shipTo("US").line(sku, 1));
        String urgent = fx.placeAndRelease(order("WEB").shipTo("US").line(sku, 1).set("tags", List.of("urgent")));

        String queue = fx.api.get("/api/v1/fulfillments?location=" + wh).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(queue, "$.items[*].orderId")).containsExactly(urgent, normal);
        String only = fx.api.get("/api/v1/fulfillments?urgent=true&location=" + wh).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(only, "$.items[*].orderId")).containsExactly(urgent);
        fx.post("/api/v1/fulfillments/" + fx.fulfillmentsOf(normal).get(0).get("id") + "/deliver", "{}", 409);
    }

    @Test
    void theQueuePagesWithAKeysetCursorInTheApiAndTheBackOffice() throws Exception {
        String wh = fx.orders.warehouse(1);
        String sku = fx.orders.stockedProduct(wh, 10);
        List<String> placed = List.of(fx.placeAndRelease(order("WEB").shipTo("US").line(sku, 1)),
                fx.placeAndRelease(order("WEB").shipTo("US").line(sku, 1)),
                fx.placeAndRelease(order("WEB").shipTo("US").line(sku, 1)));

        String first = fx.api.get("/api/v1/fulfillments?limit=2&location=" + wh).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(first, "$.items[*].orderId")).containsExactly(placed.get(0), placed.get(1));
        String cursor = JsonPath.read(first, "$.nextCursor");
        assertThat(cursor).isNotNull();
        String second = fx.api.get("/api/v1/fulfillments?limit=2&location=" + wh + "&cursor=" + cursor).andReturn()
                .getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(second, "$.items[*].orderId")).containsExactly(placed.get(2));
        assertThat(JsonPath.<String>read(second, "$.nextCursor")).isNull();
        fx.api.get("/api/v1/fulfillments?cursor=not-a-cursor").andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest());

        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/admin/fulfillment").param("location", wh).param("cursor", cursor)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("w").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(JsonPath.<String>read(second, "$.items[0].orderNumber"), "id=\"queue-first\"")
                .doesNotContain(JsonPath.<String>read(first, "$.items[0].orderNumber") + "<");
    }

    @Test
    void theBackOfficeShipFormRecordsTheCarriersCost() throws Exception {
        String wh = fx.orders.warehouse(1);
        String sku = fx.orders.stockedProduct(wh, 10);
        String orderId = fx.placeAndRelease(order("WEB").shipTo("US").line(sku, 1));
        String id = (String) fx.fulfillmentsOf(orderId).get(0).get("id");
        fx.pack(id, sku, 1);
        var staff = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("w").roles("ADMIN");
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/admin/fulfillment/" + id).with(staff)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"cost\"");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/admin/fulfillment/" + id + "/ship").with(staff)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("carrier", "USPS").param("trackingNumber", "9400COST").param("cost", "7.95"));
        Map<String, Object> shipped = fx.get(id);
        assertThat(shipped).containsEntry("status", "SHIPPED");
        assertThat(JsonPath.<Integer>read(shipped, "$.cost.amount")).isEqualTo(795);
        assertThat(JsonPath.<String>read(shipped, "$.cost.currency")).isEqualTo("USD");
    }

    @Test
    void aCarrierWebhookFindsAndDeliversAShipmentByItsTrackingNumber() throws Exception {
        String wh = fx.orders.warehouse(1);
        String sku = fx.orders.stockedProduct(wh, 10);
        String orderId = fx.placeAndRelease(order("WEB").shipTo("US").line(sku, 1));
        String id = (String) fx.fulfillmentsOf(orderId).get(0).get("id");
        String tracking = "1ZHOOK" + id.substring(0, 8);
        String delivery = "{\"carrier\": \"ups\", \"trackingNumber\": \"" + tracking + "\"}";
        fx.post("/api/v1/fulfillments/deliveries", delivery, 404); // not shipped yet
        fx.post("/api/v1/fulfillments/deliveries", "{\"carrier\": \"ups\"}", 400); // no tracking number
        fx.pack(id, sku, 1);
        fx.ship(id, "UPS", tracking);

        String found = fx.api.get("/api/v1/fulfillments?carrier=ups&trackingNumber=" + tracking).andReturn()
                .getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(found, "$.items[*].id")).containsExactly(id);
        String other = fx.api.get("/api/v1/fulfillments?carrier=FEDEX&trackingNumber=" + tracking).andReturn()
                .getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(other, "$.items")).isEmpty();
        fx.post("/api/v1/fulfillments/deliveries", "{\"carrier\": \"FEDEX\", \"trackingNumber\": \"" + tracking
                + "\"}", 404);

        String delivered = fx.post("/api/v1/fulfillments/deliveries", delivery, 200);
        assertThat(JsonPath.<String>read(delivered, "$.id")).isEqualTo(id);
        assertThat(JsonPath.<String>read(delivered, "$.status")).isEqualTo("DELIVERED");
        fx.post("/api/v1/fulfillments/deliveries", delivery, 200); // the webhook repeating itself changes nothing
        assertThat(fx.timelineTypes(orderId).stream().filter("DELIVERED"::equals)).hasSize(1);
        assertThat(JsonPath.<String>read(fx.orderJson(orderId), "$.fulfillmentStatus")).isEqualTo("DELIVERED");
    }
}
