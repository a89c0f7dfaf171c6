package io.shipshape.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.TestData;
import io.shipshape.web.security.ApiKeyManagement;
import io.shipshape.web.security.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** What the products API refuses, with which problem, and that a refused request changes nothing. */
@ShipshapeTest
class ProductApiErrorsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiKeyManagement apiKeys;
    @Autowired
    JdbcClient jdbc;

    @Test
    void rejectsDuplicateSku() throws Exception {
        ApiClient api = ApiClient.admin(mvc);
        String sku = TestData.unique("DUP");
        ProductApiTest.create(api, sku, "First");
        long before = count();

        api.post("/api/v1/products", body(sku, "Second", 100, "USD"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/duplicate-sku"))
                .andExpect(jsonPath("$.sku").value(sku));
        assertThat(count()).isEqualTo(before);
        api.get("/api/v1/products/" + sku).andExpect(jsonPath("$.name").value("First"));
    }

    @Test
    void rejectsUnknownCurrencyAsValidationErrorAndStoresNothing() throws Exception {
        long before = count();
        for (String currency : new String[] {"ZZZ", "usd", "US", "XXX"}) {
            ApiClient.admin(mvc).post("/api/v1/products", body(TestData.unique("CUR"), "Mug", 100, currency))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("/problems/validation-failed"))
                    .andExpect(jsonPath("$.errors[*].field", hasItem("price.currency")));
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void namesEveryInvalidField() throws Exception {
        long before = count();
        ApiClient.admin(mvc).post("/api/v1/products", """
                        {"sku": "has space", "name": " ", "price": {"amount": -1, "currency": "USD"},
                         "weightGrams": 1000001, "barcode": "%s"}""".formatted("9".repeat(65)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/validation-failed"))
                .andExpect(jsonPath("$.errors[*].field",
                        hasItems("sku", "name", "price.amount", "weightGrams", "barcode")));
        ApiClient.admin(mvc).post("/api/v1/products", "{\"sku\": \"..\", \"name\": \"Dots\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("sku", "price")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void rejectsBlankNameInPatch() throws Exception {
        ApiClient api = ApiClient.admin(mvc);
        String sku = TestData.unique("BLANK");
        ProductApiTest.create(api, sku, "Kept");
        api.patch("/api/v1/products/" + sku, "{\"name\": \"\", \"price\": {\"amount\": 1, \"currency\": \"EUR1\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("name", "price.currency")));
        api.get("/api/v1/products/" + sku).andExpect(jsonPath("$.name").value("Kept"));
    }

    @Test
    void rejectsUnknownField() throws Exception {
        ApiClient.admin(mvc).post("/api/v1/products", """
                        {"sku": "%s", "name": "Mug", "price": {"amount": 1, "currency": "USD"}, "colour": "red"}"""
                        .formatted(TestData.unique("UNK")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/unknown-field"))
                .andExpect(jsonPath("$.field").value("colour"));
    }

    @Test
    void rejectsMalformedJsonAndWrongTypes() throws Exception {
        ApiClient api = ApiClient.admin(mvc);
        api.post("/api/v1/products", "{\"sku\": \"X1\", ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/malformed-request"));
        String fractional = body(TestData.unique("FLT"), "Mug", 0, "USD").replace("\"amount\": 0", "\"amount\": 19.99");
        api.post("/api/v1/products", fractional)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/malformed-request"));
    }

    @Test
    void rejectsWrongContentType() throws Exception {
        ApiClient.admin(mvc).perform(post("/api/v1/products").contentType(MediaType.TEXT_PLAIN)
                        .content(body(TestData.unique("TXT"), "Mug", 1, "USD")))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("/problems/unsupported-media-type"));
    }

    @Test
    void rejectsInvalidCursorAndLimit() throws Exception {
        ApiClient api = ApiClient.admin(mvc);
        api.get("/api/v1/products?cursor=!!!").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-parameter"));
        api.get("/api/v1/products?cursor=JSQ").andExpect(status().isBadRequest());
        api.get("/api/v1/products?limit=0").andExpect(status().isBadRequest());
        api.get("/api/v1/products?limit=lots").andExpect(status().isBadRequest());
    }

    @Test
    void requiresAnApiKey() throws Exception {
        mvc.perform(get("/api/v1/products")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("/problems/unauthorized"));
    }

    @Test
    void requiresTheCatalogScope() throws Exception {
        ApiClient.withScopes(mvc, apiKeys, Scope.ORDERS_READ).get("/api/v1/products")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/forbidden"));
        long before = count();
        ApiClient.withScopes(mvc, apiKeys, Scope.CATALOG_READ)
                .post("/api/v1/products", body(TestData.unique("RO"), "Mug", 1, "USD"))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM products").query(Long.class).single();
    }

    static String body(String sku, String name, long amount, String currency) {
        return """
                {"sku": "%s", "name": "%s", "price": {"amount": %d, "currency": "%s"}}"""
                .formatted(sku, name, amount, currency);
    }
}
