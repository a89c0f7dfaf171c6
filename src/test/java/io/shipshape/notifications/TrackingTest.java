package io.shipshape.notifications;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.orders.OrderFixtures;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public tracking page and its JSON: no key needed, the customer's view of the order (status in their words,
 * milestones, lines, parcels with carrier links, the pickup store) and nothing private. Parcels come from a
 * {@link ShipmentSource} registered here, as the fulfillment module's adapter provides them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TrackingTest {

    /** Parcels per order, set by the tests. */
    static class TestShipments implements ShipmentSource {
        final Map<OrderId, List<TrackedShipment>> parcels = new ConcurrentHashMap<>();

        @Override
        public List<TrackedShipment> shipmentsOf(OrderId orderId) {
            return parcels.getOrDefault(orderId, List.of());
        }
    }

    @TestConfiguration
    static class Config {
        @Bean
        TestShipments testShipments() {
            return new TestShipments();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderManagement orders;
    @Autowired
    TestShipments shipments;

    @Test
    void trackingJsonShowsTheCustomersViewAndNothingPrivate() throws Exception {
        PlacedOrder order = PlacedOrder.place(ApiClient.admin(mvc));
        orders.addNote(order.id(), "VIP: call Jane on 555-0100 before shipping", "staff-bob");
        orders.record(order.id(), "HOLD", "Held by rule big-spender", "rule:big-spender");

        String body = mvc.perform(get("/api/v1/track/{token}", order.token()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.number").value(order.number()))
                // processing may have confirmed it already, and released it to the warehouse
                .andExpect(jsonPath("$.status").value(org.hamcrest.Matchers.oneOf("RECEIVED", "CONFIRMED", "PREPARING")))
                .andExpect(jsonPath("$.lines[0].name").value(order.productName()))
                .andExpect(jsonPath("$.lines[0].quantity").value(2))
                .andExpect(jsonPath("$.total.amount").value(2380))
                .andExpect(jsonPath("$.timeline[*].code").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.oneOf("PLACED", "CONFIRMED"))))
                .andExpect(jsonPath("$.timeline[0].code").value("PLACED"))
                .andExpect(jsonPath("$.timeline[0].title").value("Order placed"))
                .andExpect(jsonPath("$.shipTo.city").value("Berlin"))
                .andExpect(jsonPath("$.shipTo.country").value("DE"))
                .andExpect(jsonPath("$.pickup").doesNotExist())
                .andExpect(jsonPath("$.shipments.length()").value(0))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain(order.email(), "Secret Lane", "10999", "Jane", "Quill", "555-0100", "staff-bob",
                "big-spender", "Held", order.id().toString(), "\"sku\"", "2000");
    }

    @Test
    void customerMilestonesComeFromTheTimelineWithoutTheirInternalWording() throws Exception {
        PlacedOrder order = PlacedOrder.place(ApiClient.admin(mvc));
        // as the lifecycle, fulfillment and payments write them (a whole cancellation also notes each line)
        orders.record(order.id(), "STATUS_CHANGED", "Status PENDING → ON_HOLD: suspected fraud", "rule:fraud-check");
        orders.record(order.id(), "STATUS_CHANGED", "Status ON_HOLD → CONFIRMED: released", "staff-bob");
        orders.record(order.id(), "STATUS_CHANGED", "Status CONFIRMED → CANCELLED: suspected fraud", "staff-bob");
        orders.record(order.id(), "PAYMENT_REFUNDED", "Refund re_123 of 23.80 USD via gateway test", "staff-bob");

        String body = mvc.perform(get("/api/v1/track/{token}", order.token()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$.timeline[*].title")).containsSubsequence("Order placed",
                "Order confirmed", "Order cancelled", "Refund issued").containsOnlyOnce("Order confirmed");
        assertThat(body).doesNotContain("fraud", "staff-bob", "re_123", "gateway", "ON_HOLD", "HOLD", "rule");
    }

    @Test
    void parcelsShowTheirCarrierAndTrackingLinkInJsonAndOnThePage() throws Exception {
        PlacedOrder order = PlacedOrder.place(ApiClient.admin(mvc));
        // Processing moves the order on after capture: let it settle, so the status read below is the page's too.
        await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> orders.get(order.id()).status() == OrderStatus.IN_FULFILLMENT);
        Instant shipped = Instant.now().plus(1, ChronoUnit.MINUTES);
        shipments.parcels.put(order.id(), List.of(new TrackedShipment("DHL", "JJD000111",
                "https://carrier.example/t/JJD000111", shipped, null, List.of(new TrackedShipment.Line(order.sku(), 2)))));

        mvc.perform(get("/api/v1/track/{token}", order.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shipments[0].carrier").value("DHL"))
                .andExpect(jsonPath("$.shipments[0].trackingNumber").value("JJD000111"))
                .andExpect(jsonPath("$.shipments[0].trackingUrl").value("https://carrier.example/t/JJD000111"))
                .andExpect(jsonPath("$.shipments[0].lines[0].name").value(order.productName()))
                .andExpect(jsonPath("$.timeline[?(@.code == 'SHIPPED')].title").value("Shipped with DHL"))
                .andExpect(jsonPath("$.timeline[?(@.code == 'SHIPPED')].trackingUrl")
                        .value("https://carrier.example/t/JJD000111"));
        String statusTitle = JsonPath.read(mvc.perform(get("/api/v1/track/{token}", order.token()))
                .andReturn().getResponse().getContentAsString(), "$.statusTitle");

        String page = mvc.perform(get("/track/{token}", order.token()))
                .andExpect(status().isOk())
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(order.number(), statusTitle, order.productName(), "× 2", "Track with DHL",
                "href=\"https://carrier.example/t/JJD000111\"", "Delivering to Berlin, DE", "23.80 USD");
        assertThat(page).doesNotContain(order.email(), "Secret Lane", "10999", "Jane", "Quill");
    }

    @Test
    void aPickupOrderShowsItsStoreAndNoDeliveryAddress() throws Exception {
        ApiClient api = ApiClient.admin(mvc);
        OrderFixtures fixtures = new OrderFixtures(api);
        String store = fixtures.store(1, "DE");
        String sku = fixtures.stockedProduct(store, 5);
        PlacedOrder order = PlacedOrder.of(fixtures.place(OrderFixtures.order("WEB").line(sku, 1).locationCode(store)
                .shipping("pickup", 0, "USD")), sku);

        mvc.perform(get("/api/v1/track/{token}", order.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pickup.storeName").value("STORE " + store))
                .andExpect(jsonPath("$.pickup.address[0]").value("1 Dock Road"))
                .andExpect(jsonPath("$.pickup.ready").value(false))
                .andExpect(jsonPath("$.shipTo").doesNotExist());

        orders.record(order.id(), "READY_FOR_PICKUP", "Ready for pickup at " + store, "fulfillment");
        mvc.perform(get("/api/v1/track/{token}", order.token()))
                .andExpect(jsonPath("$.pickup.ready").value(true))
                .andExpect(jsonPath("$.timeline[?(@.code == 'READY_FOR_PICKUP')].title")
                        .value("Ready for pickup at STORE " + store));
        String page = mvc.perform(get("/track/{token}", order.token())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("STORE " + store, "1 Dock Road", "Ready to collect", "photo ID");
    }

    @Test
    void anUnknownTokenIsA404ThatRevealsNothing() throws Exception {
        // the same answer for any token: only the request's own path (instance) names it
        mvc.perform(get("/api/v1/track/{token}", "no-such-token-123"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/problems/not-found")))
                .andExpect(jsonPath("$.detail").value("No order has this tracking link"));
        mvc.perform(get("/api/v1/track/{token}", "x".repeat(300))).andExpect(status().isNotFound());

        String page = mvc.perform(get("/track/{token}", "no-such-token-123"))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("We could not find this page").doesNotContain("no-such-token-123");
    }

    @Test
    void trackingNeedsNoKeyButTheOrderApiStillDoes() throws Exception {
        PlacedOrder order = PlacedOrder.place(ApiClient.admin(mvc));
        mvc.perform(get("/api/v1/track/{token}", order.token())).andExpect(status().isOk());
        mvc.perform(get("/track/{token}", order.token())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/orders/{id}", order.id().toString())).andExpect(status().isUnauthorized());
        String json = ApiClient.admin(mvc).get("/api/v1/orders/{id}", order.id().toString())
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(json, "$.trackingUrl")).endsWith("/track/" + order.token());
    }
}
