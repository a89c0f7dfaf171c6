package io.shipshape.fulfillment;

import static io.shipshape.orders.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
}
