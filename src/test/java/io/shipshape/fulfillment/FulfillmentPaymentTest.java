package io.shipshape.fulfillment;

import static io.shipshape.orders.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.orders.OrderId;
import io.shipshape.payments.PaymentManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each shipment captures its share of the order total through payments, in the shipment's transaction; the
 * shipment that completes the order captures the rest, so the captures add up to the total exactly.
 */
@ShipshapeTest
class FulfillmentPaymentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    FulfillmentManagement fulfillment;
    @Autowired
    PaymentManagement payments;

    FulfillmentFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new FulfillmentFixtures(ApiClient.admin(mvc), fulfillment);
    }

    @Test
    void partialShipmentsCaptureTheirShareAndTheLastOneTheRest() throws Exception {
        String wh = fx.orders.warehouse(1);
        String sku = fx.orders.stockedProduct(wh, 10);
        String placed = fx.orders.place(order("WEB").shipTo("US").line(sku, 3).shipping("standard", 499, "USD")
                .set("payment", Map.of("method", "test_card", "token", "tok_ok")));
        OrderId orderId = new OrderId(UUID.fromString(JsonPath.read(placed, "$.id")));
        long total = ((Number) JsonPath.read(placed, "$.totals.total.amount")).longValue();
        await().atMost(Duration.ofSeconds(30)).until(() -> !fulfillment.ofOrder(orderId).isEmpty()); // authorised, released
        assertThat(payments.payments(orderId).authorized().amountMinor()).isEqualTo(total);
        String id = fulfillment.ofOrder(orderId).get(0).id().toString();

        fx.pack(id, sku, 1);
        fx.ship(id, "UPS", "1ZPAY1");
        long share = total / 3; // one of three equal lines: a third of the total, rounded down
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(payments.payments(orderId).captured().amountMinor()).isEqualTo(share));

        String rest = fulfillment.ofOrder(orderId).get(1).id().toString();
        fx.pack(rest, sku, 2);
        fx.ship(rest, "UPS", "1ZPAY2");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(payments.payments(orderId).captured().amountMinor()).isEqualTo(total));
        fx.assertConsistent();
    }

    @Test
    void cancelledUnitsAreNotSubtractedTwiceSoAPartialShipmentAfterACancellationLeavesTheOrderOpen() throws Exception {
        String wh = fx.orders.warehouse(1);
        String sku = fx.orders.stockedProduct(wh, 10);
        String orderId = fx.placePaidAndRelease(order("WEB").shipTo("US").line(sku, 4).shipping("standard", 499, "USD"));
        String id = (String) fx.fulfillmentsOf(orderId).get(0).get("id");
        fx.post("/api/v1/orders/" + orderId + "/cancel",
                "{\"reason\": \"one too many\", \"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 1}]}", 200);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> JsonPath.<Integer>read(fx.get(id), "$.lines[0].quantity") == 3);
        long total = fx.orderTotal(orderId); // reduced by the cancelled unit

        fx.pack(id, sku, 2);
        fx.ship(id, "UPS", "1ZCXL1");
        String order = fx.orderJson(orderId);
        assertThat(JsonPath.<String>read(order, "$.status")).isEqualTo("PARTIALLY_SHIPPED");
        assertThat(JsonPath.<String>read(order, "$.fulfillmentStatus")).isEqualTo("PARTIALLY_FULFILLED");
        long share = total * 2 / 3; // two of the three units left: two thirds of the reduced total, rounded down
        fx.awaitCaptured(orderId, share);

        String rest = (String) fx.fulfillmentsOf(orderId).get(1).get("id");
        fx.pack(rest, sku, 1);
        fx.ship(rest, "UPS", "1ZCXL2");
        order = fx.orderJson(orderId);
        assertThat(JsonPath.<String>read(order, "$.status")).isEqualTo("SHIPPED");
        assertThat(JsonPath.<String>read(order, "$.fulfillmentStatus")).isEqualTo("FULFILLED");
        fx.awaitCaptured(orderId, total);
        assertThat(fx.stockAt(sku, wh)).containsExactly(7, 0);
        fx.assertConsistent();
    }

    // The paths of FulfillmentFlowTest and FulfillmentPathsTest again, paid by card: what each captures.

    @Test
    void aFullShipmentCapturesTheWholeTotal() throws Exception {
        String wh = fx.orders.warehouse(1);
        String sku = fx.orders.stockedProduct(wh, 10);
        String orderId = fx.placePaidAndRelease(order("WEB").shipTo("US").line(sku, 3).shipping("standard", 499, "USD"));
        String id = (String) fx.fulfillmentsOf(orderId).get(0).get("id");
        fx.pick(id);
        fx.pack(id, sku, 3);
        fx.ship(id, "UPS", "1ZFULL");
        fx.awaitCaptured(orderId, fx.orderTotal(orderId));
    }

    @Test
    void aSplitOrderCapturesEachLocationsShareAndTheLastShipmentTheRemainder() throws Exception {
        String first = fx.orders.warehouse(1);
        String second = fx.orders.warehouse(2);
        String sku = fx.orders.stockedProduct(first, 2);
        fx.orders.stock(sku, second, 5);
        String orderId = fx.placePaidAndRelease(order("WEB").shipTo("US").line(sku, 6).shipping("standard", 499, "USD"));
        long total = fx.orderTotal(orderId);

        List<Map<String, Object>> fulfillments = fx.fulfillmentsOf(orderId);
        assertThat(fulfillments).hasSize(2);
        int firstUnits = JsonPath.read(fulfillments.get(0), "$.lines[0].quantity");
        String firstId = (String) fulfillments.get(0).get("id");
        fx.pack(firstId, sku, firstUnits);
        fx.ship(firstId, "DHL", "JDSPLIT1");
        long share = total * firstUnits / 6;
        fx.awaitCaptured(orderId, share);

        Map<String, Object> last = fulfillments.get(1);
        fx.pack((String) last.get("id"), sku, JsonPath.read(last, "$.lines[0].quantity"));
        fx.ship((String) last.get("id"), "DHL", "JDSPLIT2");
        fx.awaitCaptured(orderId, total); // the last shipment took the remainder: total - share
    }

    @Test
    void aShortPickSourcedElsewhereStillCapturesTheWholeTotalOnceAllShipped() throws Exception {
        String first = fx.orders.warehouse(1);
        String second = fx.orders.warehouse(2);
        String sku = fx.orders.stockedProduct(first, 5);
        fx.orders.stock(sku, second, 5);
        String orderId = fx.placePaidAndRelease(order("WEB").shipTo("US").line(sku, 3).shipping("standard", 499, "USD"));
        long total = fx.orderTotal(orderId);
        String id = (String) fx.fulfillmentsOf(orderId).get(0).get("id");
        fx.post("/api/v1/fulfillments/" + id + "/reject",
                "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 2}], \"reason\": \"bin empty\"}", 200);

        fx.pack(id, sku, 1);
        fx.ship(id, "UPS", "1ZSHORT1");
        fx.awaitCaptured(orderId, total / 3);
        String moved = (String) fx.fulfillmentsOf(orderId).stream().filter(f -> second.equals(f.get("location")))
                .findFirst().orElseThrow().get("id");
        fx.pack(moved, sku, 2);
        fx.ship(moved, "UPS", "1ZSHORT2");
        fx.awaitCaptured(orderId, total);
    }

    @Test
    void aStorePickupCapturesOnHandOver() throws Exception {
        String store = fx.orders.store(1, "US");
        String sku = fx.orders.stockedProduct(store, 4);
        String orderId = fx.placePaidAndRelease(order("WEB").customer(io.shipshape.orders.OrderFixtures.uniqueEmail("p"),
                "Ada Lovelace").locationCode(store).shipping("pickup", 0, "USD").line(sku, 2));
        String id = (String) fx.fulfillmentsOf(orderId).get(0).get("id");
        fx.pack(id, sku, 2);
        assertThat(fx.captured(orderId)).isZero(); // ready, not yet collected
        fx.post("/api/v1/fulfillments/" + id + "/pickup", "{\"customerName\": \"Ada Lovelace\"}", 200);
        fx.awaitCaptured(orderId, fx.orderTotal(orderId));
    }

    @Test
    void aPosSaleCapturesAtTheTill() throws Exception {
        String store = fx.orders.store(1, "US");
        String sku = fx.orders.stockedProduct(store, 5);
        String orderId = fx.placePaidAndRelease(order("POS").locationCode(store).line(sku, 2));
        assertThat(fx.fulfillmentsOf(orderId).get(0)).containsEntry("status", "DELIVERED");
        fx.awaitCaptured(orderId, fx.orderTotal(orderId));
    }

    @Test
    void aCancellationCapturesOnlyTheReducedTotalAndAWholeCancellationNothing() throws Exception {
        String wh = fx.orders.warehouse(1);
        String sku = fx.orders.stockedProduct(wh, 10);
        String partial = fx.placePaidAndRelease(order("WEB").shipTo("US").line(sku, 3).shipping("standard", 499, "USD"));
        String whole = fx.placePaidAndRelease(order("WEB").shipTo("US").line(sku, 2));
        String partialId = (String) fx.fulfillmentsOf(partial).get(0).get("id");
        String wholeId = (String) fx.fulfillmentsOf(whole).get(0).get("id");
        long before = fx.orderTotal(partial);

        fx.post("/api/v1/orders/" + partial + "/cancel",
                "{\"reason\": \"customer changed mind\", \"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 1}]}", 200);
        fx.post("/api/v1/orders/" + whole + "/cancel", "{\"reason\": \"fraud\"}", 200);
        await().atMost(Duration.ofSeconds(15)).until(() -> "CANCELLED".equals(fx.get(wholeId).get("status")));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> JsonPath.<Integer>read(fx.get(partialId), "$.lines[0].quantity") == 2);
        long reduced = fx.orderTotal(partial);
        assertThat(reduced).isLessThan(before);

        fx.pack(partialId, sku, 2);
        fx.ship(partialId, "UPS", "1ZCANCELPAY");
        fx.awaitCaptured(partial, reduced);
        assertThat(fx.captured(whole)).isZero();
    }
}
