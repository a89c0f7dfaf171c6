package io.shipshape.integration;

import static io.shipshape.orders.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.orders.OrderFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Webhooks end to end: a real receiver on loopback verifies every signature with the Standard Webhooks algorithm,
 * refuses the first attempts on purpose, and still gets each event exactly once per webhook-id; 410 and long
 * failure disable the endpoint (with a webhook.disabled event); a rotation signs with both secrets.
 * (The test profile allows loopback targets and retries after 200 ms, 400 ms, ...)
 */
@ShipshapeTest
class WebhookDeliveryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    OrderFixtures fx;

    @BeforeEach
    void setUp() {
        api = ApiClient.admin(mvc);
        fx = new OrderFixtures(api);
    }

    record Hook(String id, String secret) {
    }

    @Test
    void deliversEveryEventExactlyOnceAfterFailedAttempts() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer((id, attempt) -> attempt <= 2 ? 500 : 204);
            Hook hook = register(receiver, "[\"order.created\"]");
            String warehouse = fx.warehouse(1);
            String sku = fx.stockedProduct(warehouse, 10);
            List<String> eventIds = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String orderId = JsonPath.read(fx.place(order("WEB").line(sku, 1)), "$.id");
                eventIds.add(createdEvent(orderId));
            }

            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().keySet().containsAll(eventIds));
            // Nothing more arrives later: one accepted message per webhook-id, after exactly three attempts.
            await().pollDelay(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5)).until(() -> true);
            for (String eventId : eventIds) {
                assertThat(receiver.received().get(eventId)).hasSize(1);
                assertThat(receiver.attempts(eventId)).isEqualTo(3);
                String body = receiver.received().get(eventId).get(0).body();
                assertThat((String) JsonPath.read(body, "$.type")).isEqualTo("order.created");
                assertThat((String) JsonPath.read(body, "$.id")).isEqualTo(eventId);
                assertThat((String) JsonPath.read(body, "$.data.number")).startsWith("SO-");
            }
            assertThat(receiver.badSignatures()).isEmpty();

            String log = api.get("/api/v1/webhooks/{id}/deliveries", hook.id()).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            List<String> statuses = JsonPath.read(log, "$.items[*].status");
            assertThat(statuses).hasSize(3).containsOnly("DELIVERED");
            List<Integer> codes = JsonPath.read(log, "$.items[0].attemptLog[*].responseCode");
            assertThat(codes).containsExactly(500, 500, 204);
            assertThat((Integer) JsonPath.read(log, "$.items[0].attempts")).isEqualTo(3);
            assertThat((Integer) JsonPath.read(log, "$.items[0].lastLatencyMs")).isNotNegative();

            // A manual retry sends the same message again, with the same webhook-id.
            String deliveryId = JsonPath.read(log, "$.items[0].id");
            String retriedEvent = JsonPath.read(log, "$.items[0].eventId");
            api.post("/api/v1/webhooks/" + hook.id() + "/deliveries/" + deliveryId + "/retry", "")
                    .andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("PENDING"));
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().get(retriedEvent).size() == 2);
            delete(hook);
        }
    }

    @Test
    void goneAnswerDisablesTheEndpointWithAnEvent() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer((id, attempt) -> 410);
            Hook hook = register(receiver, "[\"order.created\"]");
            String sku = fx.stockedProduct(fx.warehouse(1), 5);
            fx.place(order("WEB").line(sku, 1));

            await().atMost(Duration.ofSeconds(10)).until(() -> !enabled(hook));
            api.get("/api/v1/webhooks/{id}", hook.id()).andExpect(jsonPath("$.disabledReason")
                    .value(org.hamcrest.Matchers.containsString("410")));
            assertThat(receiver.all()).hasSize(1);
            await().atMost(Duration.ofSeconds(10)).until(() -> disabledEvents(hook) == 1);

            fx.place(order("WEB").line(sku, 1));
            await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertThat(receiver.all()).hasSize(1);
            delete(hook);
        }
    }

    @Test
    void endpointFailingForLongerThanTheLimitIsDisabled() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer((id, attempt) -> 503);
            Hook hook = register(receiver, "[\"*\"]");
            String sku = fx.stockedProduct(fx.warehouse(1), 5);
            fx.place(order("WEB").line(sku, 1));

            // disable-after is 2 s in the test profile; retries come after 0.2, 0.4, 0.8, 1.6 s.
            await().atMost(Duration.ofSeconds(15)).until(() -> !enabled(hook));
            api.get("/api/v1/webhooks/{id}", hook.id()).andExpect(jsonPath("$.disabledReason")
                    .value(org.hamcrest.Matchers.containsString("failed since")));
            await().atMost(Duration.ofSeconds(10)).until(() -> disabledEvents(hook) == 1);
            delete(hook);
        }
    }

    @Test
    void rotationSignsWithBothSecretsDuringTheOverlap() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Hook hook = register(receiver, "[\"order.created\"]");
            String rotated = api.post("/api/v1/webhooks/" + hook.id() + "/rotate-secret", "{\"overlapSeconds\": 3600}")
                    .andExpect(status().isOk()).andExpect(jsonPath("$.previousSecretExpiresAt").isNotEmpty())
                    .andReturn().getResponse().getContentAsString();
            String newSecret = JsonPath.read(rotated, "$.secret");
            assertThat(newSecret).startsWith("whsec_").isNotEqualTo(hook.secret());
            receiver.trust(newSecret);
            String sku = fx.stockedProduct(fx.warehouse(1), 5);
            String eventId = createdEvent(JsonPath.read(fx.place(order("WEB").line(sku, 1)), "$.id"));

            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().containsKey(eventId));
            WebhookReceiver.Message m = receiver.received().get(eventId).get(0);
            String[] signatures = m.signatureHeader().split(" ");
            assertThat(signatures).hasSize(2);
            String content = m.id() + "." + m.timestamp() + "." + m.body();
            assertThat(signatures[0]).isEqualTo("v1," + base64(WebhookReceiver.hmac(newSecret, content)));
            assertThat(signatures[1]).isEqualTo("v1," + base64(WebhookReceiver.hmac(hook.secret(), content)));

            // Ending the overlap: only the newest secret signs.
            String again = api.post("/api/v1/webhooks/" + hook.id() + "/rotate-secret", "{\"overlapSeconds\": 0}")
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            String newest = JsonPath.read(again, "$.secret");
            receiver.trust(newest);
            String second = createdEvent(JsonPath.read(fx.place(order("WEB").line(sku, 1)), "$.id"));
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().containsKey(second));
            WebhookReceiver.Message n = receiver.received().get(second).get(0);
            assertThat(n.signatureHeader()).isEqualTo("v1," + base64(WebhookReceiver.hmac(newest,
                    n.id() + "." + n.timestamp() + "." + n.body())));
            delete(hook);
        }
    }

    Hook register(WebhookReceiver receiver, String events) throws Exception {
        String body = api.post("/api/v1/webhooks", "{\"url\": \"" + receiver.url() + "\", \"events\": " + events
                        + ", \"description\": \"test receiver\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.secret").value(org.hamcrest.Matchers.startsWith("whsec_")))
                .andReturn().getResponse().getContentAsString();
        Hook hook = new Hook(JsonPath.read(body, "$.id"), JsonPath.read(body, "$.secret"));
        receiver.trust(hook.secret());
        api.get("/api/v1/webhooks/{id}", hook.id()).andExpect(status().isOk())
                .andExpect(jsonPath("$.secret").doesNotExist());
        return hook;
    }

    void delete(Hook hook) throws Exception {
        api.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/v1/webhooks/" + hook.id())).andExpect(status().isNoContent());
    }

    boolean enabled(Hook hook) throws Exception {
        return JsonPath.read(api.get("/api/v1/webhooks/{id}", hook.id()).andReturn().getResponse()
                .getContentAsString(), "$.enabled");
    }

    int disabledEvents(Hook hook) {
        return jdbc.sql("select count(*) from integration_event where type = 'webhook.disabled' and subject = :id "
                + "and seq is not null").param("id", hook.id()).query(Integer.class).single();
    }

    /** The id of the order.created event of an order (stored with the capture). */
    String createdEvent(String orderId) {
        return jdbc.sql("select id from integration_event where order_id = :id and type = 'order.created'")
                .param("id", UUID.fromString(orderId)).query(UUID.class).single().toString();
    }

    static String base64(byte[] bytes) {
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }
}
