package io.shipshape.inventory;

import static io.shipshape.orders.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.TestData;
import io.shipshape.orders.OrderFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Stock over HTTP: counts and their ledger, stock per SKU and location, paging, and the consistency check. */
@ShipshapeTest
class InventoryApiTest {

    @Autowired
    MockMvc mvc;

    ApiClient api;
    OrderFixtures fx;

    @BeforeEach
    void setUp() {
        api = ApiClient.admin(mvc);
        fx = new OrderFixtures(api);
    }

    private String put(String sku, String location, String json) throws Exception {
        return api.put("/api/v1/inventory/" + sku + "/" + location, json).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void recordsEachCountAsAMovementOfTheDifference() throws Exception {
        String warehouse = fx.warehouse(10);
        String sku = fx.product(1000, "USD");
        put(sku, warehouse, "{\"onHand\": 10}");
        put(sku, warehouse, "{\"onHand\": 7, \"reason\": \"cycle count\"}");
        put(sku, warehouse, "{\"onHand\": 7}");

        api.get("/api/v1/inventory/{sku}/movements", sku).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].type").value("COUNT"))
                .andExpect(jsonPath("$.items[0].quantity").value(-3))
                .andExpect(jsonPath("$.items[0].reason").value("cycle count"))
                .andExpect(jsonPath("$.items[0].location").value(warehouse))
                .andExpect(jsonPath("$.items[0].actor").value("api-key:bootstrap-admin"))
                .andExpect(jsonPath("$.items[1].type").value("COUNT"))
                .andExpect(jsonPath("$.items[1].quantity").value(10))
                .andExpect(jsonPath("$.nextCursor").value(nullValue()));
    }

    @Test
    void reportsStockPerLocationAndInTotalWithAvailableNeverNegative() throws Exception {
        String first = fx.warehouse(10);
        String second = fx.warehouse(20);
        String sku = fx.product(1000, "USD");
        put(sku, first, "{\"onHand\": 10, \"safetyStock\": 2, \"reorderPoint\": 4, \"reorderQuantity\": 20}");
        put(sku, second, "{\"onHand\": 1, \"safetyStock\": 3}");
        fx.place(order("WEB").line(sku, 5));

        api.get("/api/v1/inventory/{sku}", sku).andExpect(status().isOk())
                .andExpect(jsonPath("$.sku").value(sku))
                .andExpect(jsonPath("$.onHand").value(11))
                .andExpect(jsonPath("$.reserved").value(5))
                .andExpect(jsonPath("$.available").value(3))
                .andExpect(jsonPath("$.locations.length()").value(2))
                .andExpect(jsonPath("$.locations[0].location").value(first))
                .andExpect(jsonPath("$.locations[0].onHand").value(10))
                .andExpect(jsonPath("$.locations[0].reserved").value(5))
                .andExpect(jsonPath("$.locations[0].safetyStock").value(2))
                .andExpect(jsonPath("$.locations[0].available").value(3))
                .andExpect(jsonPath("$.locations[0].reorderPoint").value(4))
                .andExpect(jsonPath("$.locations[1].location").value(second))
                .andExpect(jsonPath("$.locations[1].available").value(0));

        // counted below what is reserved: available is 0, not negative
        put(sku, first, "{\"onHand\": 4}");
        api.get("/api/v1/inventory/{sku}", sku)
                .andExpect(jsonPath("$.locations[0].safetyStock").value(2))
                .andExpect(jsonPath("$.locations[0].available").value(0))
                .andExpect(jsonPath("$.available").value(0))
                .andExpect(jsonPath("$.reserved").value(5));
    }

    @Test
    void knowsAProductThatWasNeverCounted() throws Exception {
        String sku = fx.product(1000, "USD");
        api.get("/api/v1/inventory/{sku}", sku).andExpect(status().isOk())
                .andExpect(jsonPath("$.onHand").value(0))
                .andExpect(jsonPath("$.available").value(0))
                .andExpect(jsonPath("$.locations.length()").value(0));
        api.get("/api/v1/inventory/{sku}/movements", sku).andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void pagesThroughTheLedgerNewestFirstIncludingMovementsOfOneInstant() throws Exception {
        String first = fx.warehouse(10);
        String second = fx.warehouse(20);
        String sku = fx.product(1000, "USD");
        for (int onHand : new int[] {1, 3, 6}) {
            put(sku, first, "{\"onHand\": " + onHand + "}");
        }
        put(sku, second, "{\"onHand\": 4}");
        fx.place(order("WEB").line(sku, 8)); // split: 6 at first, 2 at second, two movements at one instant

        List<String> ids = new ArrayList<>();
        List<Integer> quantities = new ArrayList<>();
        List<String> types = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String body = api.get("/api/v1/inventory/{sku}/movements?limit=1" + (cursor == null ? "" : "&cursor=" + cursor),
                    sku).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            ids.addAll(JsonPath.read(body, "$.items[*].id"));
            quantities.addAll(JsonPath.read(body, "$.items[*].quantity"));
            types.addAll(JsonPath.read(body, "$.items[*].type"));
            cursor = JsonPath.read(body, "$.nextCursor");
            pages++;
        } while (cursor != null && pages < 20);

        assertThat(pages).isEqualTo(6);
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(types).containsExactly("RESERVATION", "RESERVATION", "COUNT", "COUNT", "COUNT", "COUNT");
        assertThat(quantities.subList(0, 2)).containsExactlyInAnyOrder(6, 2);
        assertThat(quantities.subList(2, 6)).containsExactly(4, 3, 2, 1);

        String firstTwo = api.get("/api/v1/inventory/{sku}/movements?limit=2", sku)
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(firstTwo, "$.items[*].id")).containsExactlyElementsOf(ids.subList(0, 2));
    }

    @Test
    void servesSkusWithDotsInThePath() throws Exception {
        String warehouse = fx.warehouse(10);
        String sku = TestData.unique("DOT.v1");
        api.post("/api/v1/products", "{\"sku\": \"%s\", \"name\": \"Dotted\", \"price\": {\"amount\": 100, \"currency\": \"USD\"}}"
                .formatted(sku)).andExpect(status().isCreated());
        put(sku, warehouse, "{\"onHand\": 2}");
        api.get("/api/v1/inventory/{sku}", sku).andExpect(status().isOk())
                .andExpect(jsonPath("$.sku").value(sku))
                .andExpect(jsonPath("$.onHand").value(2));
        api.get("/api/v1/inventory/{sku}/movements", sku).andExpect(jsonPath("$.items[0].quantity").value(2));
    }

    @Test
    void staysConsistentAfterCountsAndCaptures() throws Exception {
        String first = fx.warehouse(10);
        String second = fx.warehouse(20);
        String sku = fx.stockedProduct(first, 3);
        fx.stock(sku, second, 4);
        fx.place(order("WEB").line(sku, 2));
        fx.place(order("PHONE").line(sku, 4));
        fx.stock(sku, first, 9);

        api.get("/api/v1/inventory/consistency").andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(true))
                .andExpect(jsonPath("$.problems.length()").value(0));
    }

    @Test
    void answersNotFoundForUnknownSkuOrLocation() throws Exception {
        String unknown = TestData.unique("NOPE");
        String warehouse = fx.warehouse(10);
        api.get("/api/v1/inventory/{sku}", unknown).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/not-found"));
        api.get("/api/v1/inventory/{sku}/movements", unknown).andExpect(status().isNotFound());
        api.put("/api/v1/inventory/" + unknown + "/" + warehouse, "{\"onHand\": 1}").andExpect(status().isNotFound());
        String sku = fx.product(1000, "USD");
        api.put("/api/v1/inventory/" + sku + "/" + TestData.unique("NOWHERE"), "{\"onHand\": 1}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/not-found"));
    }

    @Test
    void rejectsInvalidCounts() throws Exception {
        String warehouse = fx.warehouse(10);
        String sku = fx.product(1000, "USD");
        for (String json : List.of("{\"onHand\": -1}", "{}", "{\"onHand\": 1, \"safetyStock\": -2}",
                "{\"onHand\": 1, \"reorderQuantity\": 0}")) {
            api.put("/api/v1/inventory/" + sku + "/" + warehouse, json).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("/problems/validation-failed"));
        }
        api.put("/api/v1/inventory/" + sku + "/" + warehouse, "{\"onHand\": \"many\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("/problems/malformed-request"));
        api.get("/api/v1/inventory/{sku}/movements?cursor=bogus", sku).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-parameter"));
        api.get("/api/v1/inventory/{sku}/movements", sku).andExpect(jsonPath("$.items.length()").value(0));
    }
}
