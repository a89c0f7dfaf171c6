package io.shipshape.orders;

import static io.shipshape.orders.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.TestData;
import io.shipshape.web.security.ApiKeyManagement;
import io.shipshape.web.security.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Idempotent order capture (api-v1.md, Conventions): replays, mismatches, keys that failures do not use up,
 * and keys scoped per API key. In-flight claims are covered by {@code IdempotencyInFlightApiTest}.
 */
@ShipshapeTest
class OrderIdempotencyApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiKeyManagement apiKeys;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    OrderFixtures fx;
    String warehouse;

    @BeforeEach
    void setUp() throws Exception {
        api = ApiClient.withScopes(mvc, apiKeys, Scope.ORDERS_WRITE, Scope.CUSTOMERS_WRITE);
        fx = new OrderFixtures(ApiClient.admin(mvc));
        warehouse = fx.warehouse(10);
    }

    @Test
    void replaysTheFirstResponseForTheSameKeyAndBody() throws Exception {
        String sku = fx.stockedProduct(warehouse, 10);
        String key = TestData.unique("idem");
        String body = order("WEB").line(sku, 2).json();

        MockHttpServletResponse first = api.post("/api/v1/orders", body, key)
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andReturn().getResponse();
        MockHttpServletResponse replay = api.post("/api/v1/orders", body, key)
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse();

        assertThat(replay.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(replay.getHeader("Location")).isEqualTo(first.getHeader("Location"));
        assertThat(replay.getContentType()).startsWith("application/json");
        assertThat(ordersWith(sku)).isEqualTo(1);
        assertThat(fx.reserved(sku)).isEqualTo(2);
    }

    @Test
    void replaysWhenTheSameBodyHasKeysReorderedOrOtherWhitespace() throws Exception {
        String sku = fx.stockedProduct(warehouse, 10);
        String key = TestData.unique("idem");
        String email = OrderFixtures.uniqueEmail("ws");
        String compact = """
                {"channel":"WEB","customer":{"email":"%s","name":"N"},"lines":[{"sku":"%s","quantity":1}]}"""
                .formatted(email, sku);
        String reordered = """
                {
                  "lines" : [ { "quantity" : 1, "sku" : "%s" } ],
                  "customer" : { "name" : "N", "email" : "%s" },
                  "channel" : "WEB"
                }
                """.formatted(sku, email);

        String first = api.post("/api/v1/orders", compact, key).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        api.post("/api/v1/orders", reordered, key).andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.id").value((String) JsonPath.read(first, "$.id")));
        assertThat(ordersWith(sku)).isEqualTo(1);
    }

    @Test
    void rejectsTheSameKeyWithADifferentBody() throws Exception {
        String sku = fx.stockedProduct(warehouse, 10);
        String key = TestData.unique("idem");
        var body = order("WEB").line(sku, 1);
        api.post("/api/v1/orders", body.json(), key).andExpect(status().isCreated());

        api.post("/api/v1/orders", body.line(sku, 1).json(), key)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/idempotency-key-mismatch"));
        api.post("/api/v1/customers", "{\"email\": \"x@example.com\", \"name\": \"X\"}", key)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/idempotency-key-mismatch"));
        assertThat(ordersWith(sku)).isEqualTo(1);
        assertThat(fx.reserved(sku)).isEqualTo(1);
    }

    @Test
    void failedValidationDoesNotUseUpTheKey() throws Exception {
        String sku = fx.stockedProduct(warehouse, 10);
        String key = TestData.unique("idem");
        api.post("/api/v1/orders", order("WEB").line(sku, 0).json(), key)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/validation-failed"));

        String corrected = order("WEB").line(sku, 1).json();
        api.post("/api/v1/orders", corrected, key).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        api.post("/api/v1/orders", corrected, key).andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"));
        assertThat(ordersWith(sku)).isEqualTo(1);
    }

    @Test
    void insufficientStockDoesNotUseUpTheKey() throws Exception {
        String sku = fx.stockedProduct(warehouse, 1);
        String key = TestData.unique("idem");
        String body = order("WEB").line(sku, 3).json();
        api.post("/api/v1/orders", body, key)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/insufficient-stock"));

        fx.stock(sku, warehouse, 5);
        api.post("/api/v1/orders", body, key).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        assertThat(ordersWith(sku)).isEqualTo(1);
        assertThat(fx.reserved(sku)).isEqualTo(3);
    }

    @Test
    void scopesKeysPerApiKey() throws Exception {
        String sku = fx.stockedProduct(warehouse, 10);
        String key = TestData.unique("idem");
        String body = order("WEB").line(sku, 1).json();
        ApiClient other = ApiClient.withScopes(mvc, apiKeys, Scope.ORDERS_WRITE);

        String first = api.post("/api/v1/orders", body, key).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String second = other.post("/api/v1/orders", body, key).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andReturn().getResponse().getContentAsString();

        assertThat((String) JsonPath.read(second, "$.id")).isNotEqualTo(JsonPath.read(first, "$.id"));
        assertThat(ordersWith(sku)).isEqualTo(2);
    }

    @Test
    void acceptsKeysUpTo255CharactersAndRejectsLongerOnes() throws Exception {
        String sku = fx.stockedProduct(warehouse, 10);
        String prefix = TestData.unique("k");
        String longest = prefix + "x".repeat(255 - prefix.length());
        api.post("/api/v1/orders", order("WEB").line(sku, 1).json(), longest).andExpect(status().isCreated());

        long before = ordersWith(sku);
        api.post("/api/v1/orders", order("WEB").line(sku, 1).json(), longest + "x")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-idempotency-key"));
        api.post("/api/v1/orders", order("WEB").line(sku, 1).json(), "caf\u00e9-" + prefix)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-idempotency-key"));
        assertThat(ordersWith(sku)).isEqualTo(before);
    }

    private long ordersWith(String sku) {
        return jdbc.sql("SELECT COUNT(DISTINCT order_id) FROM order_lines WHERE sku = :sku").param("sku", sku)
                .query(Long.class).single();
    }
}
