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
}
