package io.shipshape.returns.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.fulfillment.FulfillmentManagement;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderPayments;
import io.shipshape.orders.OrderView;
import io.shipshape.payments.PaymentManagement;
import io.shipshape.returns.ReturnFixtures;
import io.shipshape.returns.ReturnManagement;
import io.shipshape.returns.ReturnStatus;
import io.shipshape.returns.ReturnView;
import io.shipshape.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The returns screens: request from the order page's panel, approve, receive by form, refund; and who may. */
@ShipshapeTest
class ReturnAdminTest {

    static final RequestPostProcessor MANAGER = user("manager").roles("MANAGER");
    static final RequestPostProcessor WAREHOUSE = user("picker").roles("WAREHOUSE");

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
    JdbcClient jdbc;

    @Test
    void requestApproveReceiveAndRefundFromTheScreens() throws Exception {
        ReturnFixtures fx = new ReturnFixtures(ApiClient.admin(mvc), orders, port, payments, fulfillment, jdbc);
        String sku = fx.products(5, 1200).get(0);
        OrderView order = fx.shippedOrder(sku, 2, 0);

        mvc.perform(get("/admin/orders/" + order.id()).with(MANAGER))
                .andExpect(content().string(containsString("/admin/returns/order/" + order.id())));
        mvc.perform(get("/admin/returns/order/" + order.id()).header("HX-Request", "true").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"request-return\"")))
                .andExpect(content().string(containsString("name=\"qty_" + sku + "\"")));
        String location = mvc.perform(post("/admin/returns/order/" + order.id()).param("qty_" + sku, "2")
                        .param("reason_" + sku, "DEFECTIVE").param("resolution", "REFUND").with(MANAGER).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = location;
        ReturnView r = returns.get(new io.shipshape.returns.ReturnId(java.util.UUID.fromString(
                page.substring("/admin/returns/".length()))));
        assertThat(r.lines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualTo(2));

        mvc.perform(get("/admin/returns").with(MANAGER)).andExpect(status().isOk())
                .andExpect(content().string(containsString(r.number())))
                .andExpect(content().string(containsString(">Returns<")));
        mvc.perform(get("/admin/returns").param("status", "CLOSED").with(MANAGER)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("status is not a return status")));
        mvc.perform(post(page + "/approve").with(WAREHOUSE).with(csrf())).andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(WAREHOUSE)).andExpect(content().string(containsString("id=\"scan\"")))
                .andExpect(content().string(containsString("name=\"ok_1\"")));
        mvc.perform(post(page + "/receive").param("location", fx.warehouse).param("ok_1", "1").param("bad_1", "1")
                .with(WAREHOUSE).with(csrf())).andExpect(redirectedUrl(page));
        assertThat(returns.get(r.id()).status()).isEqualTo(ReturnStatus.RECEIVED);
        assertThat(fx.stock(sku)).containsExactly(4, 0);

        mvc.perform(post(page + "/refund").with(WAREHOUSE).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(page + "/refund").with(MANAGER).with(csrf())).andExpect(redirectedUrl(page));
        assertThat(returns.get(r.id()).status()).isEqualTo(ReturnStatus.COMPLETED);
        assertThat(fx.refunded(order.id())).isEqualTo(Money.of(2400, "USD"));
        mvc.perform(get(page).with(MANAGER)).andExpect(content().string(containsString("id=\"refund\"")));
        mvc.perform(post(page + "/approve").with(user("v").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden());
        fx.assertConsistent();
    }
}
