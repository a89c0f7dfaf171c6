package io.shipshape.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.InetAddress;

import io.shipshape.ApiClient;
import io.shipshape.web.security.ApiKeyManagement;
import io.shipshape.web.security.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Registration with the default rule (private targets refused): internal addresses are a 422 problem and nothing is
 * stored; bad input is a 400; the scopes hold. This server runs no background stage (workers=false), so it never
 * attempts the deliveries other test servers on a shared database create.
 */
@SpringBootTest(properties = {"shipshape.webhooks.allow-private-targets=false", "shipshape.webhooks.allowed-targets=",
        "shipshape.integration.workers=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WebhookTargetApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiKeyManagement keys;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = ApiClient.admin(mvc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook", "https://10.1.2.3/hook",
            "http://192.168.0.10/hook", "http://169.254.169.254/latest/meta-data", "http://[::1]/hook",
            "http://100.64.0.1/hook", "http://[fd00::1]/hook", "http://0.0.0.0/"})
    void refusesPrivateLoopbackAndLinkLocalTargets(String url) throws Exception {
        int before = endpoints();
        api.post("/api/v1/webhooks", "{\"url\": \"" + url + "\", \"events\": [\"*\"]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/webhook-target-refused"));
        assertThat(endpoints()).isEqualTo(before);
    }

    @Test
    void refusesMalformedInput() throws Exception {
        api.post("/api/v1/webhooks", "{\"url\": \"ftp://example.com/x\", \"events\": [\"*\"]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("url"));
        api.post("/api/v1/webhooks", "{\"url\": \"https://example.com/x\", \"events\": [\"order.exploded\"]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("events[0]"));
        api.post("/api/v1/webhooks", "{\"url\": \"https://example.com/x\", \"events\": []}")
                .andExpect(status().isBadRequest());
        api.post("/api/v1/webhooks", "{\"url\": \"https://example.com/x\", \"events\": [\"*\"], \"bogus\": 1}")
                .andExpect(status().isBadRequest());
        api.get("/api/v1/webhooks/not-a-uuid").andExpect(status().isNotFound());
    }

    @Test
    void webhooksNeedTheirScopes() throws Exception {
        ApiClient reader = ApiClient.withScopes(mvc, keys, Scope.WEBHOOKS_READ);
        reader.get("/api/v1/webhooks").andExpect(status().isOk());
        reader.post("/api/v1/webhooks", "{\"url\": \"https://example.com/x\", \"events\": [\"*\"]}")
                .andExpect(status().isForbidden());
        ApiClient.withScopes(mvc, keys, Scope.ORDERS_WRITE).get("/api/v1/webhooks").andExpect(status().isForbidden());
    }

    @Test
    void openApiDocumentsWebhooksAndTheFeed() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/webhooks'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/webhooks/{id}/deliveries/{deliveryId}/retry'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/webhooks/{id}/rotate-secret'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/events'].get").exists());
    }

    @Test
    void classifiesAddresses() throws Exception {
        assertThat(TargetPolicy.isPrivate(InetAddress.getByName("172.16.5.4"))).isTrue();
        assertThat(TargetPolicy.isPrivate(InetAddress.getByName("fe80::1"))).isTrue();
        assertThat(TargetPolicy.isPrivate(InetAddress.getByName("::ffff:127.0.0.1"))).isTrue();
        assertThat(TargetPolicy.isPrivate(InetAddress.getByName("93.184.215.14"))).isFalse();
        assertThat(TargetPolicy.isPrivate(InetAddress.getByName("2606:4700::1111"))).isFalse();
    }

    int endpoints() {
        return jdbc.sql("select count(*) from webhook_endpoint").query(Integer.class).single();
    }
}
