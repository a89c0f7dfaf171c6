package io.shipshape.orders;

import static io.shipshape.orders.OrderFixtures.order;
import static io.shipshape.orders.OrderFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Capturing orders from every channel and reading them back: by id, by number, and their timeline. */
@ShipshapeTest
class OrderCaptureApiTest {

    @Autowired
    MockMvc mvc;

    ApiClient api;
    OrderFixtures fx;

    @BeforeEach
    void setUp() {
        api = ApiClient.admin(mvc);
        fx = new OrderFixtures(api);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WEB", "PHONE", "MARKETPLACE", "API"})
    void capturesPendingOrderFromChannelWithReservedLines(String channel) throws Exception {
        String warehouse = fx.warehouse(10);
        String sku = fx.stockedProduct(warehouse, 5);
        String email = uniqueEmail(channel);

        String body = api.post("/api/v1/orders", order(channel).customer(email, "Grace Hopper")
                        .externalId("EXT-" + sku).line(sku, 2).json())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/orders/")))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.paymentStatus").value("PENDING"))
                .andExpect(jsonPath("$.fulfillmentStatus").value("UNFULFILLED"))
                .andExpect(jsonPath("$.channel").value(channel))
                .andExpect(jsonPath("$.externalId").value("EXT-" + sku))
                .andExpect(jsonPath("$.number").value(matchesPattern("SO-\\d+")))
                .andExpect(jsonPath("$.customer.email").value(email))
                .andExpect(jsonPath("$.customer.name").value("Grace Hopper"))
                .andExpect(jsonPath("$.lines[0].sku").value(sku))
                .andExpect(jsonPath("$.lines[0].name").value("Product " + sku))
                .andExpect(jsonPath("$.lines[0].quantity").value(2))
                .andExpect(jsonPath("$.lines[0].unitPrice.amount").value(1000))
                .andExpect(jsonPath("$.lines[0].unitPrice.currency").value("USD"))
                .andExpect(jsonPath("$.lines[0].allocations[0].location").value(warehouse))
                .andExpect(jsonPath("$.lines[0].allocations[0].quantity").value(2))
                .andExpect(jsonPath("$.lines[0].backordered").value(false))
                .andExpect(jsonPath("$.trackingUrl").value(matchesPattern("https?://.+/track/[A-Za-z0-9_-]{16,}")))
                .andExpect(jsonPath("$.createdAt").value(matchesPattern(".+Z")))
                .andReturn().getResponse().getContentAsString();

        String id = JsonPath.read(body, "$.id");
        assertThat((String) JsonPath.read(body, "$.customer.id")).isNotBlank();
        api.get("/api/v1/orders/{id}", id).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        assertThat(fx.reserved(sku)).isEqualTo(2);
        assertThat(fx.onHand(sku)).isEqualTo(5);
    }

    @Test
    void capturesPosSaleFromItsStoreOnly() throws Exception {
        String warehouse = fx.warehouse(1);
        String store = fx.store(500, "US");
        String sku = fx.stockedProduct(warehouse, 10);
        fx.stock(sku, store, 3);

        api.post("/api/v1/orders", order("POS").locationCode(store).line(sku, 2).json())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.channel").value("POS"))
                .andExpect(jsonPath("$.locationCode").value(store))
                .andExpect(jsonPath("$.lines[0].allocations.length()").value(1))
                .andExpect(jsonPath("$.lines[0].allocations[0].location").value(store))
                .andExpect(jsonPath("$.lines[0].allocations[0].quantity").value(2));

        api.get("/api/v1/inventory/{sku}", sku)
                .andExpect(jsonPath("$.reserved").value(2))
                .andExpect(jsonPath("$.locations[?(@.location == '%s')].reserved".formatted(store)).value(2))
                .andExpect(jsonPath("$.locations[?(@.location == '%s')].reserved".formatted(warehouse)).value(0));
    }

    @Test
    void linksOrdersWithTheSameEmailInAnyCaseToOneCustomer() throws Exception {
        String warehouse = fx.warehouse(10);
        String sku = fx.stockedProduct(warehouse, 10);
        String email = uniqueEmail("same");

        String first = fx.place(order("WEB").customer(email, "Ada Lovelace").line(sku, 1));
        String second = fx.place(order("PHONE").customer(email.toUpperCase(), "Ada L.").line(sku, 1));

        String customerId = JsonPath.read(first, "$.customer.id");
        assertThat((String) JsonPath.read(second, "$.customer.id")).isEqualTo(customerId);
        assertThat((String) JsonPath.read(second, "$.customer.email")).isEqualTo(email);
        assertThat((String) JsonPath.read(second, "$.number")).isNotEqualTo(JsonPath.read(first, "$.number"));

        api.get("/api/v1/customers/{id}", customerId).andExpect(status().isOk())
                .andExpect(jsonPath("$.orderCount").value(2));
        String list = api.get("/api/v1/customers/{id}/orders", customerId).andExpect(status().isOk())
                .andExpect(jsonPath("$.nextCursor").value(nullValue()))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(list, "$.items[*].id"))
                .containsExactly(JsonPath.read(second, "$.id"), JsonPath.read(first, "$.id"));
    }

    @Test
    void readsOrderByIdAndByNumberAsCaptured() throws Exception {
        String warehouse = fx.warehouse(10);
        String sku = fx.stockedProduct(warehouse, 10);
        String created = fx.place(order("WEB").shipTo("US").line(sku, 3).set("notes", "leave at door")
                .set("tags", List.of("gift", "vip")));
        String id = JsonPath.read(created, "$.id");
        String number = JsonPath.read(created, "$.number");
        assertThat(JsonPath.<String>read(created, "$.status")).isEqualTo("PENDING");
        // Processing moves the order on right after capture; read it once that is done, so both reads agree.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> "IN_FULFILLMENT".equals(
                JsonPath.read(api.get("/api/v1/orders/{id}", id).andReturn().getResponse().getContentAsString(),
                        "$.status")));

        String byId = api.get("/api/v1/orders/{id}", id).andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(number))
                .andExpect(jsonPath("$.notes").value("leave at door"))
                .andExpect(jsonPath("$.tags[0]").value("gift"))
                .andExpect(jsonPath("$.tags[1]").value("vip"))
                .andExpect(jsonPath("$.shippingAddress.country").value("US"))
                .andReturn().getResponse().getContentAsString();
        String byNumber = api.get("/api/v1/orders/by-number/{n}", number).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(byNumber).isEqualTo(byId);
        for (String path : List.of("$.id", "$.customer", "$.lines", "$.totals", "$.trackingUrl",
                "$.createdAt")) {
            assertThat((Object) JsonPath.read(byId, path)).as(path).isEqualTo(JsonPath.read(created, path));
        }
    }

    @Test
    void answersNotFoundForUnknownOrders() throws Exception {
        api.get("/api/v1/orders/{id}", "0190a000-0000-7000-8000-000000000000").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/not-found"));
        api.get("/api/v1/orders/{id}", "not-a-uuid").andExpect(status().isNotFound());
        api.get("/api/v1/orders/by-number/{n}", "SO-0").andExpect(status().isNotFound());
        api.get("/api/v1/orders/{id}/timeline", "0190a000-0000-7000-8000-000000000000")
                .andExpect(status().isNotFound());
        api.get("/api/v1/customers/{id}/orders", "0190a000-0000-7000-8000-000000000000")
                .andExpect(status().isNotFound());
    }

    @Test
    void recordsPlacementAndReservationsInTheTimelineOldestFirst() throws Exception {
        String first = fx.warehouse(1);
        String second = fx.warehouse(2);
        String sku = fx.stockedProduct(first, 2);
        fx.stock(sku, second, 3);
        String created = fx.place(order("WEB").line(sku, 4));

        String timeline = api.get("/api/v1/orders/{id}/timeline", (String) JsonPath.read(created, "$.id"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // Capture's entries come first; processing adds its own after them (this order, without an address, is held).
        assertThat(JsonPath.<List<String>>read(timeline, "$.items[*].type").subList(0, 3))
                .containsExactly("ORDER_PLACED", "STOCK_RESERVED", "STOCK_RESERVED");
        assertThat(JsonPath.<String>read(timeline, "$.items[0].message")).contains((String) JsonPath.read(created, "$.number"));
        // FEWEST_LOCATIONS (a default rule) splits from the location that covers most of the order first.
        assertThat(JsonPath.<String>read(timeline, "$.items[1].message")).contains(second).contains("3 x " + sku)
                .contains("FEWEST_LOCATIONS: " + second + " can ship 3 of 4 units");
        assertThat(JsonPath.<String>read(timeline, "$.items[2].message")).contains(first).contains("1 x " + sku)
                .contains("PRIORITY: only " + first + " has any left");
        assertThat(JsonPath.<String>read(timeline, "$.items[0].at")).isEqualTo(JsonPath.read(created, "$.createdAt"));
    }
}
