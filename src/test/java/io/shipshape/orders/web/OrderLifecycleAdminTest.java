package io.shipshape.orders.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import io.shipshape.TestData;
import io.shipshape.inventory.LocationType;
import io.shipshape.orders.Channel;
import io.shipshape.orders.HoldRule;
import io.shipshape.orders.HoldRules;
import io.shipshape.orders.OrderStatus;
import io.shipshape.orders.OrderView;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The review queue, the hold-rule settings form and the hold/release/cancel actions of the order page. */
class OrderLifecycleAdminTest extends OrderAdminWebTest {

    static final RequestPostProcessor MANAGER = user("manager-1").roles("MANAGER");

    @Autowired
    HoldRules rules;

    @Test
    void aRuleMadeInTheFormHoldsOrdersIntoTheReviewQueueWhereStaffReleaseThem() throws Exception {
        String warehouse = location(LocationType.WAREHOUSE);
        String sku = product(warehouse, 10);
        String name = TestData.unique("Lanterns");
        mvc.perform(post("/admin/settings/hold-rules").with(MANAGER).with(csrf()).param("name", name)
                        .param("enabled", "true").param("type", "SKU_IN").param("values", sku + ", OTHER")
                        .param("action", "HOLD").param("reason", "lantern-check"))
                .andExpect(redirectedUrl("/admin/settings/hold-rules"));
        HoldRule rule = rules.list().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        try {
            assertThat(html(get("/admin/settings/hold-rules").with(MANAGER))).contains(name, "SKU_IN", "lantern-check");
            assertThat(html(get("/admin/settings").with(MANAGER))).contains("/admin/settings/hold-rules");
            OrderView order = place(Channel.PHONE, email("held"), "Hal Held", sku, 1, null, null);
            awaitStatus(order, OrderStatus.ON_HOLD);
            String queue = html(get("/admin/orders/review").with(SUPPORT));
            assertThat(queue).contains(order.number(), "lantern-check (rule " + name + ")", "Release");
            assertThat(html(get("/admin/orders").with(SUPPORT))).contains("href=\"/admin/orders/review\"");
            assertThat(html(get("/admin/orders/" + order.id()).with(SUPPORT))).contains("id=\"holds\"", "lantern-check",
                    "id=\"release-order\"");

            mvc.perform(post("/admin/orders/" + order.id() + "/release").param("from", "review").with(SUPPORT)
                    .with(csrf())).andExpect(redirectedUrl("/admin/orders/review"));
            awaitStatus(order, OrderStatus.IN_FULFILLMENT);
            assertThat(html(get("/admin/orders/review").with(SUPPORT))).doesNotContain(order.number());
            // Disabling the rule lets the next order through.
            mvc.perform(post("/admin/settings/hold-rules/" + rule.id() + "/enabled").param("enabled", "false")
                    .with(MANAGER).with(csrf())).andExpect(status().is3xxRedirection());
            awaitStatus(place(Channel.PHONE, email("free"), "Fay Free", sku, 1, null, null), OrderStatus.IN_FULFILLMENT);
        } finally {
            rules.delete(rule.id());
        }
    }

    @Test
    void staffHoldCancelLinesAndCancelFromTheOrderPage() throws Exception {
        String warehouse = location(LocationType.WAREHOUSE);
        String sku = product(warehouse, 10);
        OrderView order = place(Channel.PHONE, email("acts"), "Ann Acts", sku, 3, null, null);
        awaitStatus(order, OrderStatus.IN_FULFILLMENT);
        mvc.perform(post("/admin/orders/" + order.id() + "/hold").param("reason", "check address").with(SUPPORT)
                .with(csrf())).andExpect(redirectedUrl("/admin/orders/" + order.id()));
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.ON_HOLD);
        mvc.perform(post("/admin/orders/" + order.id() + "/cancel").param("reason", "fewer").param("sku", sku)
                .param("quantity", "2").with(SUPPORT).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(orders.get(order.id()).lines().get(0).quantity()).isEqualTo(1);
        assertThat(reserved(sku)).isEqualTo(1);
        String page = html(get("/admin/orders/" + order.id()).with(SUPPORT));
        assertThat(page).contains("Cancelled 2 x " + sku, "Status IN_FULFILLMENT → ON_HOLD", "id=\"cancel-lines\"");
        mvc.perform(post("/admin/orders/" + order.id() + "/cancel").param("reason", "gone").with(SUPPORT).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(reserved(sku)).isZero();
        // Viewers see no actions and may not post them.
        assertThat(html(get("/admin/orders/" + order.id()).with(VIEWER))).doesNotContain("id=\"order-actions\"");
        mvc.perform(post("/admin/orders/" + order.id() + "/release").with(VIEWER).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/settings/hold-rules").with(SUPPORT)).andExpect(status().isForbidden());
    }

    private void awaitStatus(OrderView order, OrderStatus status) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> orders.get(order.id()).status() == status);
    }
}
