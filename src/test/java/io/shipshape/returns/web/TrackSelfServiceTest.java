package io.shipshape.returns.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.fulfillment.FulfillmentManagement;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderPayments;
import io.shipshape.orders.OrderView;
import io.shipshape.payments.PaymentManagement;
import io.shipshape.returns.CaseManagement;
import io.shipshape.returns.CaseView;
import io.shipshape.returns.ReturnFixtures;
import io.shipshape.returns.ReturnManagement;
import io.shipshape.returns.ReturnView;
import io.shipshape.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A customer requests a return and writes to the shop from their tracking link, without signing in. */
@ShipshapeTest
class TrackSelfServiceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderManagement orders;
    @Autowired
    OrderPayments port;
    @Autowired
    PaymentManagement payments;
    @Autowired
    FulfillmentManagement fulfillment;
    @Autowired
    ReturnManagement returns;
    @Autowired
    CaseManagement cases;
    @Autowired
    JdbcClient jdbc;

    @Test
    void customerRequestsAReturnWithinTheWindowOnly() throws Exception {
        ReturnFixtures fx = new ReturnFixtures(ApiClient.admin(mvc), orders, port, payments, fulfillment, jdbc);
        String sku = fx.products(10, 1000).get(0);
        OrderView order = fx.shippedOrder(sku, 2, 0);
        String base = "/track/" + order.trackingToken();

        mvc.perform(get(base)).andExpect(content().string(containsString(base + "/returns")));
        mvc.perform(get(base + "/returns")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"return-form\"")))
                .andExpect(content().string(containsString("name=\"qty_" + sku + "\"")));
        mvc.perform(post(base + "/returns").param("qty_" + sku, "1").param("reason_" + sku, "SIZE_OR_FIT")
                        .param("resolution", "EXCHANGE").with(csrf()))
                .andExpect(redirectedUrl(base + "/returns"))
                .andExpect(flash().attributeExists("flashSuccess"));
        ReturnView r = returns.ofOrder(order.id()).get(0);
        assertThat(r.byCustomer()).isTrue();
        assertThat(r.lines()).singleElement().satisfies(l -> assertThat(l.reason()).isEqualTo("SIZE_OR_FIT"));
        mvc.perform(post(base + "/returns").param("qty_" + sku, "2").param("reason_" + sku, "DEFECTIVE").with(csrf()))
                .andExpect(flash().attributeExists("flashProblem")); // only one unit is left to return

        fx.shippedDaysAgo(order.id(), 45);
        mvc.perform(get(base + "/returns")).andExpect(content().string(containsString("id=\"window-closed\"")))
                .andExpect(content().string(not(containsString("id=\"return-form\""))));
        mvc.perform(post(base + "/returns").param("qty_" + sku, "1").param("reason_" + sku, "DEFECTIVE").with(csrf()))
                .andExpect(flash().attributeExists("flashProblem"));
        assertThat(returns.ofOrder(order.id())).hasSize(1);
        mvc.perform(get("/track/not-a-real-token/returns")).andExpect(status().isNotFound());
    }

    @Test
    void customerOpensACaseAndSeesRepliesButNotInternalNotes() throws Exception {
        ReturnFixtures fx = new ReturnFixtures(ApiClient.admin(mvc), orders, port, payments, fulfillment, jdbc);
        String sku = fx.products(10, 1000).get(0);
        OrderView order = fx.shippedOrder(sku, 1, 0);
        String base = "/track/" + order.trackingToken();
        mvc.perform(post(base + "/contact").param("subject", "Gift wrap?").param("message", "Can you wrap it?")
                .with(csrf())).andExpect(redirectedUrl(base + "/contact"));
        CaseView c = cases.list(null, null, order.id(), null, PageRequest.first(5)).items().get(0);
        assertThat(c.customerEmail()).isEqualTo(order.customer().email());
        assertThat(c.openedBy()).isEqualTo(order.customer().email());
        cases.addMessage(c.id(), "VIP, be nice", true, false, "admin");
        cases.addMessage(c.id(), "Yes, happily.", false, false, "admin");
        mvc.perform(get(base + "/contact")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Yes, happily.")))
                .andExpect(content().string(not(containsString("VIP, be nice"))));
        mvc.perform(post(base + "/contact").param("subject", "").param("message", "x").with(csrf()))
                .andExpect(flash().attributeExists("flashProblem"));
    }
}
