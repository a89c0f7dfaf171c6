package io.shipshape.reporting;

import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.TestData;
import io.shipshape.web.security.ApiKeyManagement;
import io.shipshape.web.security.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reorder suggestions list what is at or below its reorder point, with the quantity to order, as JSON, CSV and a page. */
@ShipshapeTest
class ReorderSuggestionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiKeyManagement keys;
    ApiClient api;
    String location;

    @BeforeEach
    void setUp() throws Exception {
        api = ApiClient.admin(mvc);
        location = TestData.unique("RO");
        api.post("/api/v1/locations", """
                {"code": "%s", "name": "Reorder WH", "type": "WAREHOUSE",
                 "address": {"line1": "1 Main", "city": "Austin", "postalCode": "73301", "country": "US"}}"""
                .formatted(location)).andExpect(status().isCreated());
    }

    @Test
    void listsStockAtOrBelowItsReorderPointWithTheQuantityToOrder() throws Exception {
        String low = product();
        String fine = product();
        String noPoint = product();
        count(low, "{\"onHand\": 4, \"safetyStock\": 1, \"reorderPoint\": 5, \"reorderQuantity\": 20}");
        count(fine, "{\"onHand\": 50, \"reorderPoint\": 5, \"reorderQuantity\": 20}");
        count(noPoint, "{\"onHand\": 0}");

        api.get("/api/v1/reports/reorder-suggestions?location=" + location)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].sku").value(low))
                .andExpect(jsonPath("$.items[0].available").value(3))
                .andExpect(jsonPath("$.items[0].suggestedQuantity").value(20));
    }

    @Test
    void suggestsMoreThanTheReorderQuantityWhenThatWouldNotLiftStockAboveThePoint() throws Exception {
        String sku = product();
        count(sku, "{\"onHand\": 0, \"reorderPoint\": 30, \"reorderQuantity\": 10}");
        api.get("/api/v1/reports/reorder-suggestions?location=" + location)
                .andExpect(jsonPath("$.items[0].suggestedQuantity").value(31));
    }

    @Test
    void answersCsvWhenAsked() throws Exception {
        String sku = product();
        count(sku, "{\"onHand\": 1, \"reorderPoint\": 2, \"reorderQuantity\": 12}");
        api.perform(get("/api/v1/reports/reorder-suggestions").param("location", location).header("Accept", "text/csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(content().string(containsString("sku,location,onHand")))
                .andExpect(content().string(containsString(sku + "," + location + ",1,0,0,1,2,12,12")));
    }

    @Test
    void unknownLocationIsNotFoundAndScopeIsRequired() throws Exception {
        api.get("/api/v1/reports/reorder-suggestions?location=NOPE-XYZ").andExpect(status().isNotFound());
        ApiClient.withScopes(mvc, keys, Scope.ORDERS_READ).get("/api/v1/reports/reorder-suggestions")
                .andExpect(status().isForbidden());
        ApiClient.withScopes(mvc, keys, Scope.REPORTS_READ).get("/api/v1/reports/reorder-suggestions")
                .andExpect(status().isOk());
    }

    @Test
    void backOfficePagesShowSuggestionsAndConsistency() throws Exception {
        String sku = product();
        count(sku, "{\"onHand\": 1, \"reorderPoint\": 2}");
        mvc.perform(get("/admin/reports/reorder-suggestions").param("location", location).with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(sku)));
        mvc.perform(get("/admin/reports/reorder-suggestions.csv").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("suggestedQuantity")));
        mvc.perform(get("/admin/inventory/consistency").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("consistency-ok")));
    }

    private String product() throws Exception {
        String sku = TestData.unique("RSKU");
        api.post("/api/v1/products", """
                {"sku": "%s", "name": "Reorder item", "price": {"amount": 500, "currency": "USD"}}""".formatted(sku))
                .andExpect(status().isCreated());
        return sku;
    }

    private void count(String sku, String body) throws Exception {
        api.put("/api/v1/inventory/" + sku + "/" + location, body).andExpect(status().isOk());
    }
}
