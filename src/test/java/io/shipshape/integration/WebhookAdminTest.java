package io.shipshape.integration;

import static io.shipshape.orders.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.orders.OrderFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The back office's webhook screens: create (secret shown once), filter, rotate, disable, delivery log, retry. */
@ShipshapeTest
class WebhookAdminTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    IntegrationManagement integration;

    @Test
    void managerRegistersAnEndpointAndManagesIt() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            mvc.perform(get("/admin/settings").with(user("m").roles("MANAGER")))
                    .andExpect(content().string(containsString("/admin/settings/webhooks")));
            MvcResult created = mvc.perform(post("/admin/settings/webhooks").param("url", receiver.url())
                            .param("events", "order.created").param("description", "ERP")
                            .with(user("m").roles("MANAGER")).with(csrf()))
                    .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("newSecret"))
                    .andReturn();
            String secret = (String) created.getFlashMap().get("newSecret");
            String page = created.getResponse().getRedirectedUrl();
            UUID id = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
            receiver.trust(secret);

            mvc.perform(get(page).flashAttr("newSecret", secret).with(user("m").roles("MANAGER")))
                    .andExpect(status().isOk()).andExpect(content().string(containsString(secret)));
            mvc.perform(get(page).with(user("m").roles("MANAGER")))
                    .andExpect(status().isOk()).andExpect(content().string(not(containsString(secret))))
                    .andExpect(content().string(containsString("No deliveries yet")));
            mvc.perform(get("/admin/settings/webhooks").with(user("m").roles("MANAGER")))
                    .andExpect(content().string(containsString(receiver.url())));

            OrderFixtures fx = new OrderFixtures(ApiClient.admin(mvc));
            fx.place(order("WEB").line(fx.stockedProduct(fx.warehouse(1), 3), 1));
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 1
                    && integration.deliveries(id, null, "DELIVERED", 10).size() == 1);
            // The log as an htmx fragment, filtered by status.
            mvc.perform(get(page).param("status", "DELIVERED").header("HX-Request", "true")
                            .with(user("m").roles("MANAGER")))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("order.created")))
                    .andExpect(content().string(not(containsString("<html"))));
            UUID delivery = integration.deliveries(id, null, null, 10).get(0).id();
            mvc.perform(post(page + "/deliveries/" + delivery + "/retry").with(user("m").roles("MANAGER")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.all().size() == 2);

            mvc.perform(post(page).param("url", receiver.url()).param("events", "order.created")
                            .param("events", "order.cancelled").param("description", "ERP v2")
                            .with(user("m").roles("MANAGER")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            assertThat(integration.get(id).events()).containsExactly("order.created", "order.cancelled");

            MvcResult rotated = mvc.perform(post(page + "/rotate").with(user("m").roles("MANAGER")).with(csrf()))
                    .andExpect(flash().attributeExists("newSecret")).andReturn();
            assertThat((String) rotated.getFlashMap().get("newSecret")).startsWith("whsec_").isNotEqualTo(secret);
            assertThat(integration.get(id).previousSecretExpiresAt()).isNotNull();

            mvc.perform(post(page + "/enabled").param("enabled", "false").with(user("m").roles("MANAGER")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            assertThat(integration.get(id).enabled()).isFalse();
            // Staff re-enabling it learn that what happened meanwhile is not sent (it stays in the feed).
            mvc.perform(get(page).with(user("m").roles("MANAGER"))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("not sent once it is enabled again")))
                    .andExpect(content().string(containsString("GET /api/v1/events")));
            mvc.perform(post(page + "/delete").with(user("m").roles("MANAGER")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            assertThat(integration.list()).noneMatch(w -> w.id().equals(id));
        }
    }

    @Test
    void rolesWithoutSettingsAreRefused() throws Exception {
        for (String role : new String[] {"WAREHOUSE", "SUPPORT", "VIEWER"}) {
            mvc.perform(get("/admin/settings/webhooks").with(user("x").roles(role))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/settings/webhooks").param("url", "https://example.com/x").param("events", "*")
                    .with(user("x").roles(role)).with(csrf())).andExpect(status().isForbidden());
        }
    }
}
