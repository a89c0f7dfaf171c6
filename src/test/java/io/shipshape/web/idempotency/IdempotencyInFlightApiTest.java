package io.shipshape.web.idempotency;

import static io.shipshape.orders.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.TestData;
import io.shipshape.orders.OrderFixtures;
import io.shipshape.shared.Times;
import io.shipshape.web.security.ApiKeyManagement;
import io.shipshape.web.security.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Idempotency-Key claims that another request holds: a live claim answers 409 (the first request is still
 * running), an expired one (its server died) is taken over, a stored response is replayed, and a key past its
 * retention is used afresh. Claims are planted in {@code idempotency_keys} with the filter's own fingerprint.
 */
@ShipshapeTest
class IdempotencyInFlightApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiKeyManagement apiKeys;
    @Autowired
    JdbcClient jdbc;

    UUID keyId;
    String secret;
    String sku;
    String key;
    String body;

    @BeforeEach
    void setUp() throws Exception {
        var created = apiKeys.create(TestData.unique("inflight"), Set.of(Scope.ORDERS_WRITE), "test");
        keyId = created.key().id();
        secret = created.secret();
        OrderFixtures fx = new OrderFixtures(ApiClient.admin(mvc));
        sku = fx.stockedProduct(fx.warehouse(10), 10);
        key = TestData.unique("idem");
        body = order("WEB").line(sku, 1).json();
    }

    @Test
    void answersInUseWhileTheFirstRequestIsStillRunning() throws Exception {
        UUID token = plant("IN_FLIGHT", fingerprint(body), Instant.now().plusSeconds(60), Instant.now());

        capture(body).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.type").value("/problems/idempotency-key-in-use"));

        assertThat(ordersWithSku()).isZero();
        assertThat(jdbc.sql("SELECT claim_token FROM idempotency_keys WHERE api_key_id = :k AND idem_key = :i")
                .param("k", keyId).param("i", key).query(UUID.class).single()).isEqualTo(token);
    }

    @Test
    void answersMismatchWhileAnotherBodyHoldsTheKey() throws Exception {
        plant("IN_FLIGHT", fingerprint(order("WEB").line(sku, 2).json()), Instant.now().plusSeconds(60), Instant.now());

        capture(body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/idempotency-key-mismatch"));
        assertThat(ordersWithSku()).isZero();
    }

    @Test
    void takesOverAnExpiredInFlightClaim() throws Exception {
        plant("IN_FLIGHT", fingerprint(body), Instant.now().minusSeconds(1), Instant.now().minusSeconds(120));

        String first = capture(body).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andReturn().getResponse().getContentAsString();
        assertThat(state()).isEqualTo("COMPLETE");

        capture(body).andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(content().string(first));
        assertThat(ordersWithSku()).isEqualTo(1);
    }

    @Test
    void replaysAStoredResponseAsItWasRecorded() throws Exception {
        UUID token = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO idempotency_keys (api_key_id, idem_key, fingerprint, state, claim_token, locked_until,
                    created_at, completed_at, response_status, response_content_type, response_location, response_body)
                VALUES (:k, :i, :fp, 'COMPLETE', :t, :now, :now, :now, 201, 'application/json', '/api/v1/orders/x',
                    '{"stored":true}')""")
                .param("k", keyId).param("i", key).param("fp", fingerprint(body)).param("t", token)
                .param("now", Times.db(Instant.now())).update();

        capture(body).andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(header().string("Location", "/api/v1/orders/x"))
                .andExpect(content().json("{\"stored\":true}"));
        assertThat(ordersWithSku()).isZero();
    }

    @Test
    void usesAKeyAfreshOnceItsRetentionHasPassed() throws Exception {
        Instant old = Instant.now().minus(Duration.ofHours(25));
        plant("IN_FLIGHT", fingerprint(order("WEB").line(sku, 3).json()), old, old);

        capture(body).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        assertThat(ordersWithSku()).isEqualTo(1);
        assertThat(state()).isEqualTo("COMPLETE");
    }

    private ResultActions capture(String json) throws Exception {
        return mvc.perform(post("/api/v1/orders").contentType(MediaType.APPLICATION_JSON).content(json)
                .header("Authorization", "Bearer " + secret).header("Idempotency-Key", key));
    }

    private UUID plant(String state, String fingerprint, Instant lockedUntil, Instant createdAt) {
        UUID token = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO idempotency_keys (api_key_id, idem_key, fingerprint, state, claim_token, locked_until,
                                              created_at)
                VALUES (:k, :i, :fp, :state, :t, :locked, :created)""")
                .param("k", keyId).param("i", key).param("fp", fingerprint).param("state", state).param("t", token)
                .param("locked", Times.db(lockedUntil)).param("created", Times.db(createdAt)).update();
        return token;
    }

    private static String fingerprint(String json) {
        return IdempotencyFilter.fingerprint(new MockHttpServletRequest("POST", "/api/v1/orders"),
                json.getBytes(StandardCharsets.UTF_8));
    }

    private String state() {
        return jdbc.sql("SELECT state FROM idempotency_keys WHERE api_key_id = :k AND idem_key = :i")
                .param("k", keyId).param("i", key).query(String.class).single();
    }

    private long ordersWithSku() {
        return jdbc.sql("SELECT COUNT(DISTINCT order_id) FROM order_lines WHERE sku = :s").param("s", sku)
                .query(Long.class).single();
    }
}
