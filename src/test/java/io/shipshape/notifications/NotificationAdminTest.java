package io.shipshape.notifications;

import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back office's customer emails page: linked from Settings for who may change settings, switches per type
 * (CSRF-protected, SETTINGS_MANAGE only), previews with a sample or a real order in HTML and text.
 */
@ShipshapeTest
class NotificationAdminTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    NotificationManagement notifications;

    @Test
    void settingsLinkToThePageWhichListsEveryTypeAndSaysWhereMailGoes() throws Exception {
        mvc.perform(get("/admin/settings").with(user("m").roles("MANAGER")))
                .andExpect(content().string(containsString("href=\"/admin/settings/notifications\"")));
        mvc.perform(get("/admin/settings").with(user("v").roles("VIEWER")))
                .andExpect(content().string(not(containsString("/admin/settings/notifications"))));
        String page = mvc.perform(get("/admin/settings/notifications").with(user("m").roles("MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (NotificationType type : NotificationType.values()) {
            assertThat(page).contains("id=\"type-" + type.template() + "\"", type.label());
        }
        assertThat(page).contains("No mail server is configured", "mail-outbox");
    }

    @Test
    void staffSwitchATypeOffAndOnAgain() throws Exception {
        try {
            mvc.perform(post("/admin/settings/notifications/refunded/enabled").param("enabled", "false")
                            .with(user("mgr-1").roles("MANAGER")).with(csrf()))
                    .andExpect(redirectedUrl("/admin/settings/notifications"))
                    .andExpect(flash().attribute("flashSuccess", "Refunded emails switched off."));
            assertThat(notifications.settings()).filteredOn(s -> s.type() == NotificationType.REFUNDED).singleElement()
                    .satisfies(s -> {
                        assertThat(s.enabled()).isFalse();
                        assertThat(s.updatedBy()).isEqualTo("mgr-1");
                    });
        } finally {
            mvc.perform(post("/admin/settings/notifications/refunded/enabled").param("enabled", "true")
                    .with(user("mgr-1").roles("MANAGER")).with(csrf())).andExpect(status().is3xxRedirection());
        }
        assertThat(notifications.settings()).filteredOn(s -> s.type() == NotificationType.REFUNDED).singleElement()
                .satisfies(s -> assertThat(s.enabled()).isTrue());
    }

    @Test
    void onlySettingsManagersMaySwitchAndWithoutCsrfNobody() throws Exception {
        for (String role : new String[] {"SUPPORT", "WAREHOUSE", "VIEWER"}) {
            mvc.perform(get("/admin/settings/notifications").with(user("x").roles(role))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/settings/notifications/shipped/enabled").param("enabled", "false")
                    .with(user("x").roles(role)).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/settings/notifications/shipped/enabled").param("enabled", "false")
                .with(user("m").roles("MANAGER"))).andExpect(status().isForbidden());
        assertThat(notifications.settings()).filteredOn(s -> s.type() == NotificationType.SHIPPED).singleElement()
                .satisfies(s -> assertThat(s.enabled()).isTrue());
    }

    @Test
    void previewsASampleAndARealOrderInHtmlAndText() throws Exception {
        mvc.perform(get("/admin/settings/notifications/shipped/preview").with(user("m").roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your order SO-1000042 is on its way")))
                .andExpect(content().string(containsString("Shown with a sample order")))
                .andExpect(content().string(containsString("srcdoc=")))
                .andExpect(content().string(containsString("Follow the parcel on the DHL website")));

        PlacedOrder order = PlacedOrder.place(ApiClient.admin(mvc));
        String page = mvc.perform(get("/admin/settings/notifications/order-confirmation/preview")
                        .param("order", order.number()).with(user("m").roles("MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Thank you for your order " + order.number(), order.productName(),
                "/track/" + order.token(), "Total: 23.80 USD");

        mvc.perform(get("/admin/settings/notifications/order-confirmation/preview").param("order", "SO-NOPE")
                .with(user("m").roles("MANAGER"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/settings/notifications/newsletter/preview").with(user("m").roles("MANAGER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyTypeRendersForASampleOrder() {
        for (NotificationType type : NotificationType.values()) {
            Preview preview = notifications.preview(type, null);
            assertThat(preview.subject()).contains("SO-1000042");
            assertThat(preview.html()).contains("/track/sample-tracking-token", "<html");
            assertThat(preview.text()).contains("/track/sample-tracking-token").doesNotContain("<");
        }
    }
}
