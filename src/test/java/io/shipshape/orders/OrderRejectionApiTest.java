package io.shipshape.orders;

import static io.shipshape.orders.OrderFixtures.order;
import static io.shipshape.orders.OrderFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Orders the business refuses (duplicates, shortages, unknown SKUs and locations) change nothing. */
@ShipshapeTest
class OrderRejectionApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    OrderFixtures fx;
    String warehouse;

    @BeforeEach
    void setUp() throws Exception {
        api = ApiClient.admin(mvc);
        fx = new OrderFixtures(api);
        warehouse = fx.warehouse(10);
    }

    /** Everything capture writes, counted across the whole database. */
    record Snapshot(long orders, long lines, long timeline, long reserved, long reservations, long movements,
                    long customers) {
    }

    private Snapshot snapshot() {
        return new Snapshot(count("SELECT COUNT(*) FROM orders"), count("SELECT COUNT(*) FROM order_lines"),
                // only what capture writes: processing adds rows to earlier orders meanwhile
                count("SELECT COUNT(*) FROM order_timeline WHERE type IN ('ORDER_PLACED', 'STOCK_RESERVED', 'BACKORDERED')"),
                count("SELECT COALESCE(SUM(reserved), 0) FROM stock_levels"),
                count("SELECT COUNT(*) FROM reservations"), count("SELECT COUNT(*) FROM stock_movements"),
                count("SELECT COUNT(*) FROM customers"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void rejectsDuplicateExternalIdOfAChannelNamingTheFirstOrder() throws Exception {
        String sku = fx.stockedProduct(warehouse, 10);
        String externalId = TestData.unique("mp");
        String first = fx.place(order("MARKETPLACE").externalId(externalId).line(sku, 1));
        Snapshot before = snapshot();

        api.post("/api/v1/orders", order("MARKETPLACE").externalId(externalId).line(sku, 2).json())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/duplicate-order"))
                .andExpect(jsonPath("$.orderId").value((String) JsonPath.read(first, "$.id")));
        assertThat(snapshot()).isEqualTo(before);

        fx.place(order("WEB").externalId(externalId).line(sku, 1));
        assertThat(fx.reserved(sku)).isEqualTo(2);
    }

    @Test
    void rejectsInsufficientStockListingShortagesAndWritesNothing() throws Exception {
        String sku = fx.stockedProduct(warehouse, 2);
        fx.stock(sku, fx.warehouse(20), 1);
        String email = uniqueEmail("short");
        Snapshot before = snapshot();

        api.post("/api/v1/orders", order("WEB").customer(email, "New Customer").line(sku, 5).json())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/insufficient-stock"))
                .andExpect(jsonPath("$.shortages.length()").value(1))
                .andExpect(jsonPath("$.shortages[0].sku").value(sku))
                .andExpect(jsonPath("$.shortages[0].requested").value(5))
                .andExpect(jsonPath("$.shortages[0].available").value(3));

        assertThat(snapshot()).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM customers WHERE email = '" + email + "'")).isZero();
    }

    @Test
    void reservesNothingForOtherLinesWhenOneLineIsShort() throws Exception {
        String plenty = fx.stockedProduct(warehouse, 10);
        String scarce = fx.stockedProduct(warehouse, 1);
        Snapshot before = snapshot();

        api.post("/api/v1/orders", order("WEB").line(plenty, 2).line(scarce, 3).line(plenty, 1).json())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.shortages.length()").value(1))
                .andExpect(jsonPath("$.shortages[0].sku").value(scarce))
                .andExpect(jsonPath("$.shortages[0].requested").value(3))
                .andExpect(jsonPath("$.shortages[0].available").value(1));

        assertThat(fx.reserved(plenty)).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void reportsTheTotalDemandOfASkuOrderedOnSeveralLines() throws Exception {
        String sku = fx.stockedProduct(warehouse, 3);
        api.post("/api/v1/orders", order("WEB").line(sku, 2).line(sku, 2).json())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.shortages[0].requested").value(4))
                .andExpect(jsonPath("$.shortages[0].available").value(3));

        String placed = fx.place(order("WEB").line(sku, 2).line(sku, 1));
        assertThat(JsonPath.<Integer>read(placed, "$.lines[1].allocations[0].quantity")).isEqualTo(1);
        assertThat(fx.reserved(sku)).isEqualTo(3);
    }

    @Test
    void keepsSafetyStockOutOfReach() throws Exception {
        String sku = fx.product(1000, "USD");
        api.put("/api/v1/inventory/" + sku + "/" + warehouse, "{\"onHand\": 5, \"safetyStock\": 3}")
                .andExpect(status().isOk());
        api.post("/api/v1/orders", order("WEB").line(sku, 3).json())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.shortages[0].available").value(2));
        fx.place(order("WEB").line(sku, 2));
    }

    @Test
    void rejectsUnknownAndInactiveSkus() throws Exception {
        String known = fx.stockedProduct(warehouse, 10);
        String inactive = fx.stockedProduct(warehouse, 10);
        api.patch("/api/v1/products/" + inactive, "{\"active\": false}").andExpect(status().isOk());
        String unknown = TestData.unique("NOPE");
        Snapshot before = snapshot();

        api.post("/api/v1/orders", order("WEB").line(known, 1).line(unknown, 1).line("not a sku!", 1).json())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/unknown-product"))
                .andExpect(jsonPath("$.skus").value(org.hamcrest.Matchers.containsInAnyOrder(unknown, "not a sku!")));
        api.post("/api/v1/orders", order("WEB").line(inactive, 1).json())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/unknown-product"))
                .andExpect(jsonPath("$.skus[0]").value(inactive));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void requiresTheStoreOfAPosSale() throws Exception {
        String sku = fx.stockedProduct(warehouse, 10);
        api.post("/api/v1/orders", order("POS").line(sku, 1).json())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("locationCode"));
    }

    @Test
    void rejectsUnknownLocationCodes() throws Exception {
        String sku = fx.stockedProduct(warehouse, 10);
        String nowhere = TestData.unique("NOWHERE");
        Snapshot before = snapshot();
        for (var body : List.of(order("POS").locationCode(nowhere).line(sku, 1),
                order("POS").locationCode(nowhere).shipTo("DE").line(sku, 1),
                order("WEB").locationCode(nowhere).line(sku, 1))) {
            api.post("/api/v1/orders", body.json())
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.type").value("/problems/unknown-location"))
                    .andExpect(jsonPath("$.location").value(nowhere));
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void takesPosStockOnlyFromItsStore() throws Exception {
        String store = fx.store(1, "US");
        String sku = fx.stockedProduct(warehouse, 10);
        fx.stock(sku, store, 1);
        api.post("/api/v1/orders", order("POS").locationCode(store).line(sku, 2).json())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.shortages[0].available").value(1));
        assertThat(fx.reserved(sku)).isZero();
    }

    @Test
    void acceptsBackorderableProductWithoutStockAsBackordered() throws Exception {
        String sku = fx.product(1000, "USD", true);
        String placed = api.post("/api/v1/orders", order("WEB").line(sku, 3).json())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines[0].backordered").value(true))
                .andExpect(jsonPath("$.lines[0].backorderedQuantity").value(3))
                .andExpect(jsonPath("$.lines[0].allocations.length()").value(0))
                .andReturn().getResponse().getContentAsString();

        // Capture writes these two; processing adds its status changes after them.
        api.get("/api/v1/orders/{id}/timeline", (String) JsonPath.read(placed, "$.id"))
                .andExpect(jsonPath("$.items[0].type").value("ORDER_PLACED"))
                .andExpect(jsonPath("$.items[1].type").value("BACKORDERED"));
        api.get("/api/v1/orders/{id}", (String) JsonPath.read(placed, "$.id"))
                .andExpect(jsonPath("$.lines[0].backorderedQuantity").value(3));
    }

    @Test
    void reservesWhatIsInStockOfABackorderableProductAndBackordersTheRest() throws Exception {
        String sku = fx.product(1000, "USD", true);
        fx.stock(sku, warehouse, 2);
        api.post("/api/v1/orders", order("WEB").line(sku, 5).json())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines[0].allocations[0].quantity").value(2))
                .andExpect(jsonPath("$.lines[0].backordered").value(true))
                .andExpect(jsonPath("$.lines[0].backorderedQuantity").value(3));
        assertThat(fx.reserved(sku)).isEqualTo(2);
    }

    @Test
    void acceptsTheMostTagsTheRequestAllows() throws Exception {
        String sku = fx.stockedProduct(warehouse, 10);
        List<String> tags = IntStream.range(0, 20).mapToObj(i -> "%02d".formatted(i) + "t".repeat(38)).toList();
        api.post("/api/v1/orders", order("WEB").line(sku, 1).set("tags", tags).json())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tags.length()").value(20));
    }
}
