package io.shipshape.notifications;

import static io.shipshape.orders.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.fulfillment.FulfillmentDelivered;
import io.shipshape.fulfillment.FulfillmentId;
import io.shipshape.fulfillment.FulfillmentShipped;
import io.shipshape.fulfillment.ReadyForPickup;
import io.shipshape.orders.OrderFixtures;
import io.shipshape.payments.PaymentEvents.RefundCreated;
import io.shipshape.shared.Money;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Customer emails from real flows driven through the API (not hand-made events): ship, deliver and refund a card
 * order, and make a click and collect order ready at a store. Each email reaches the customer once, with its
 * subject and links, and stays single when its event is delivered again (as the event publication registry does
 * after a restart).
 */
class CustomerEmailFlowTest extends MailTestContext {

    @Autowired
    MockMvc mvc;
    @Autowired
    FulfillmentNotificationListener fulfillmentListener;
    @Autowired
    PaymentNotificationListener paymentListener;

    @Test
    void shippingDeliveringAndRefundingAnOrderSendEachEmailOnce() throws Exception {
        ApiClient api = ApiClient.admin(mvc);
        OrderFixtures fx = new OrderFixtures(api);
        String sku = fx.stockedProduct(fx.warehouse(1), 10);
        String email = OrderFixtures.uniqueEmail("flow");
        String placed = fx.place(order("WEB").customer(email, "Jane Quill").shipTo("US").line(sku, 2)
                .set("payment", Map.of("method", "test_card", "token", "tok_ok")));
        String orderId = JsonPath.read(placed, "$.id");
        String number = JsonPath.read(placed, "$.number");
        String trackingUrl = JsonPath.read(placed, "$.trackingUrl");
        MAIL.awaitSubject(email, "Thank you for your order " + number);

        await().atMost(Duration.ofSeconds(30)).until(() -> !fulfillments(api, orderId).isEmpty());
        Map<String, Object> f = fulfillments(api, orderId).get(0);
        String fulfillmentId = (String) f.get("id");
        String location = (String) f.get("location");
        post(api, "/api/v1/fulfillments/" + fulfillmentId + "/pack",
                "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 2}]}");
        String shipped = post(api, "/api/v1/fulfillments/" + fulfillmentId + "/ship",
                "{\"carrier\": \"UPS\", \"trackingNumber\": \"1Z999AA10123456784\"}");
        String carrierUrl = JsonPath.read(shipped, "$.trackingUrl");
        assertThat(carrierUrl).contains("1Z999AA10123456784");

        String shippedSubject = "Your order " + number + " is on its way";
        MimeMessage mail = MAIL.awaitSubject(email, shippedSubject);
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(email);
        assertThat(Mailbox.part(mail, "text/html")).contains("UPS", "1Z999AA10123456784",
                "href=\"" + carrierUrl + "\"", "href=\"" + trackingUrl + "\"");
        assertThat(Mailbox.part(mail, "text/plain")).contains(carrierUrl, trackingUrl);

        post(api, "/api/v1/fulfillments/" + fulfillmentId + "/deliver", "{}");
        String deliveredSubject = "Your order " + number + " has been delivered";
        mail = MAIL.awaitSubject(email, deliveredSubject);
        assertThat(Mailbox.part(mail, "text/plain")).contains(trackingUrl);

        await().atMost(Duration.ofSeconds(15)).until(() -> ((Number) JsonPath.read(api.get("/api/v1/orders/"
                + orderId + "/payments").andReturn().getResponse().getContentAsString(), "$.totals.captured.amount"))
                .longValue() > 0);
        String refund = api.post("/api/v1/orders/" + orderId + "/refunds", "{\"amount\": {\"amount\": 1250, "
                + "\"currency\": \"USD\"}, \"reason\": \"damaged box\"}").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String refundSubject = "A refund for your order " + number;
        mail = MAIL.awaitSubject(email, refundSubject);
        assertThat(Mailbox.part(mail, "text/plain")).contains("12.50 USD", trackingUrl);

        // The same events delivered again (a restart republishing them): nothing more is sent.
        io.shipshape.orders.OrderId id = new io.shipshape.orders.OrderId(UUID.fromString(orderId));
        FulfillmentId fid = new FulfillmentId(UUID.fromString(fulfillmentId));
        fulfillmentListener.on(new FulfillmentShipped(fid, id, number, location, "UPS", "1Z999AA10123456784",
                carrierUrl, List.of(new FulfillmentShipped.Line(sku, 2))));
        fulfillmentListener.on(new FulfillmentDelivered(fid, id, number, location, "UPS", "1Z999AA10123456784"));
        paymentListener.on(new RefundCreated(UUID.fromString(JsonPath.read(refund, "$.id")), id,
                Money.of(1250, "USD"), "damaged box"));

        await().pollDelay(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(MAIL.count(email, shippedSubject)).isEqualTo(1);
        assertThat(MAIL.count(email, deliveredSubject)).isEqualTo(1);
        assertThat(MAIL.count(email, refundSubject)).isEqualTo(1);
        assertThat(MAIL.to(email)).hasSize(4); // with the confirmation
    }

    @Test
    void aClickAndCollectOrderPackedAtItsStoreSendsOneReadyForPickupEmail() throws Exception {
        ApiClient api = ApiClient.admin(mvc);
        OrderFixtures fx = new OrderFixtures(api);
        String store = fx.store(1, "US");
        String sku = fx.stockedProduct(store, 4);
        String email = OrderFixtures.uniqueEmail("pickup");
        String placed = fx.place(order("WEB").customer(email, "Ada Lovelace").locationCode(store)
                .shipping("pickup", 0, "USD").line(sku, 2));
        String orderId = JsonPath.read(placed, "$.id");
        String number = JsonPath.read(placed, "$.number");
        String trackingUrl = JsonPath.read(placed, "$.trackingUrl");
        await().atMost(Duration.ofSeconds(30)).until(() -> !fulfillments(api, orderId).isEmpty());
        String fulfillmentId = (String) fulfillments(api, orderId).get(0).get("id");

        post(api, "/api/v1/fulfillments/" + fulfillmentId + "/pack",
                "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 2}]}");

        String subject = "Your order " + number + " is ready for pickup";
        MimeMessage mail = MAIL.awaitSubject(email, subject);
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(email);
        assertThat(Mailbox.part(mail, "text/html")).contains("STORE " + store, "1 Dock Road",
                "href=\"" + trackingUrl + "\"");
        assertThat(Mailbox.part(mail, "text/plain")).contains("STORE " + store, trackingUrl);

        fulfillmentListener.on(new ReadyForPickup(new FulfillmentId(UUID.fromString(fulfillmentId)),
                new io.shipshape.orders.OrderId(UUID.fromString(orderId)), number, store));
        await().pollDelay(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(MAIL.count(email, subject)).isEqualTo(1);
    }

    static List<Map<String, Object>> fulfillments(ApiClient api, String orderId) throws Exception {
        return JsonPath.read(api.get("/api/v1/fulfillments?orderId=" + orderId).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.items");
    }

    static String post(ApiClient api, String path, String json) throws Exception {
        return api.post(path, json).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
                .getContentAsString();
    }
}
