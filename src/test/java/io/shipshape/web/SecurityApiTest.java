package io.shipshape.web;

import static io.shipshape.orders.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.TestData;
import io.shipshape.orders.OrderFixtures;
import io.shipshape.web.security.ApiKeyManagement;
import io.shipshape.web.security.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** API keys and scopes: who gets 401 and 403, how keys are issued and stored, and what is public. */
@ShipshapeTest
class SecurityApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiKeyManagement apiKeys;
    @Autowired
    JdbcClient jdbc;

    private static ResultActions problem(ResultActions result, int status, String type) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("/problems/" + type));
    }

    private ResultActions getWith(String authorization, String path) throws Exception {
        var request = get(path);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return mvc.perform(request);
    }

    @Test
    void refusesRequestsWithoutAValidKey() throws Exception {
        problem(getWith(null, "/api/v1/orders"), 401, "unauthorized")
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")));
        problem(getWith("Bearer ss_this_key_does_not_exist_000000", "/api/v1/orders"), 401, "unauthorized");
        problem(getWith("Basic YWRtaW46dGVzdC1hZG1pbi1wYXNzd29yZA==", "/api/v1/orders"), 401, "unauthorized");
        problem(getWith("Bearer ", "/api/v1/locations"), 401, "unauthorized");
        problem(getWith("Bearer " + "k".repeat(600), "/api/v1/products"), 401, "unauthorized");
        problem(mvc.perform(post("/api/v1/orders").contentType(MediaType.APPLICATION_JSON).content("{}")),
                401, "unauthorized");
    }

    @Test
    void refusesARevokedKeyAtOnceEvenAfterItWasCached() throws Exception {
        String created = ApiClient.admin(mvc).post("/api/v1/api-keys",
                        "{\"name\": \"%s\", \"scopes\": [\"orders:read\"]}".formatted(TestData.unique("rev")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String secret = JsonPath.read(created, "$.secret");
        getWith("Bearer " + secret, "/api/v1/orders?limit=1").andExpect(status().isOk());

        ApiClient.admin(mvc).post("/api/v1/api-keys/" + id + "/revoke", "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revokedAt").isNotEmpty());

        problem(getWith("Bearer " + secret, "/api/v1/orders?limit=1"), 401, "unauthorized");
    }

    @Test
    void refusesKeysLackingTheScope() throws Exception {
        ApiClient ordersReader = ApiClient.withScopes(mvc, apiKeys, Scope.ORDERS_READ);
        ApiClient inventoryReader = ApiClient.withScopes(mvc, apiKeys, Scope.INVENTORY_READ);
        ApiClient ordersWriter = ApiClient.withScopes(mvc, apiKeys, Scope.ORDERS_WRITE);
        long orders = jdbc.sql("SELECT COUNT(*) FROM orders").query(Long.class).single();

        problem(ordersReader.post("/api/v1/orders", order("WEB").line("ANY", 1).json()), 403, "forbidden");
        problem(ordersReader.get("/api/v1/inventory/consistency"), 403, "forbidden");
        problem(inventoryReader.put("/api/v1/inventory/ANY/ANY", "{\"onHand\": 1}"), 403, "forbidden");
        problem(inventoryReader.post("/api/v1/locations", "{}"), 403, "forbidden");
        problem(ordersWriter.get("/api/v1/api-keys"), 403, "forbidden");
        problem(ordersWriter.post("/api/v1/api-keys", "{\"name\": \"x\", \"scopes\": [\"admin\"]}"), 403, "forbidden");
        problem(ordersWriter.get("/api/v1/products"), 403, "forbidden");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM orders").query(Long.class).single()).isEqualTo(orders);
    }

    @Test
    void letsAWriteScopeReadToo() throws Exception {
        ApiClient ordersWriter = ApiClient.withScopes(mvc, apiKeys, Scope.ORDERS_WRITE);
        ordersWriter.get("/api/v1/orders?limit=1").andExpect(status().isOk());
        ApiClient inventoryWriter = ApiClient.withScopes(mvc, apiKeys, Scope.INVENTORY_WRITE);
        inventoryWriter.get("/api/v1/locations").andExpect(status().isOk());
        inventoryWriter.get("/api/v1/inventory/consistency").andExpect(status().isOk());
    }

    @Test
    void showsTheSecretOnlyOnceAndStoresOnlyItsHash() throws Exception {
        ApiClient admin = ApiClient.admin(mvc);
        String name = TestData.unique("issued");
        String created = admin.post("/api/v1/api-keys",
                        "{\"name\": \"%s\", \"scopes\": [\"orders:write\", \"inventory:read\"]}".formatted(name))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/api-keys/")))
                .andExpect(jsonPath("$.scopes[*]", hasItem("orders:write")))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String secret = JsonPath.read(created, "$.secret");
        assertThat(secret).startsWith("ss_").hasSizeGreaterThanOrEqualTo(40);

        admin.get("/api/v1/api-keys/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.secret").value(nullValue()))
                .andExpect(content().string(not(containsString(secret))));
        admin.get("/api/v1/api-keys").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(id)))
                .andExpect(jsonPath("$.items[?(@.id == '%s')].secret".formatted(id)).value(hasItem(nullValue())))
                .andExpect(content().string(not(containsString(secret))));

        String stored = jdbc.sql("SELECT secret_hash FROM api_keys WHERE id = :id").param("id", UUID.fromString(id))
                .query(String.class).single();
        assertThat(stored).matches("[0-9a-f]{64}").isNotEqualTo(secret).doesNotContain(secret);
        assertThat(stored).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8))));
        getWith("Bearer " + secret, "/api/v1/orders?limit=1").andExpect(status().isOk());
    }

    @Test
    void rejectsKeysWithUnknownOrNoScopes() throws Exception {
        ApiClient admin = ApiClient.admin(mvc);
        long keysBefore = jdbc.sql("SELECT COUNT(*) FROM api_keys").query(Long.class).single();
        problem(admin.post("/api/v1/api-keys", "{\"name\": \"x\", \"scopes\": [\"orders:delete\"]}"), 400,
                "validation-failed").andExpect(jsonPath("$.errors[0].field").value("scopes[0]"));
        problem(admin.post("/api/v1/api-keys", "{\"name\": \"x\", \"scopes\": []}"), 400, "validation-failed");
        problem(admin.get("/api/v1/api-keys/not-a-uuid"), 404, "not-found");
        problem(admin.post("/api/v1/api-keys/" + UUID.randomUUID() + "/revoke", ""), 404, "not-found");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_keys").query(Long.class).single()).isEqualTo(keysBefore);
    }

    @Test
    void leavesHealthPublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void servesPrometheusMetricsOnlyWithTheMetricsScope() throws Exception {
        OrderFixtures fx = new OrderFixtures(ApiClient.admin(mvc));
        fx.place(order("PHONE").line(fx.stockedProduct(fx.warehouse(10), 5), 1));

        problem(getWith(null, "/actuator/prometheus"), 401, "unauthorized");
        problem(ApiClient.withScopes(mvc, apiKeys, Scope.ORDERS_READ).get("/actuator/prometheus"), 403, "forbidden");
        ApiClient.withScopes(mvc, apiKeys, Scope.METRICS_READ).get("/actuator/prometheus")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("shipshape_orders_captured_total{")))
                .andExpect(content().string(containsString("channel=\"PHONE\"")));
    }

    @Test
    void explainsProblemTypesAsHtmlAndJson() throws Exception {
        mvc.perform(get("/problems/insufficient-stock").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Insufficient stock")))
                .andExpect(content().string(containsString("shortages")));
        mvc.perform(get("/problems/insufficient-stock").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.type").value("/problems/insufficient-stock"))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.title").value("Insufficient stock"));
        mvc.perform(get("/problems").accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].type", hasItem("/problems/idempotency-key-in-use")));
        mvc.perform(get("/problems/no-such-problem").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
    }
}
