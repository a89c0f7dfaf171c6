package io.shipshape.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shipshape.orders.OrderId;
import io.shipshape.orders.PaymentStatus;
import io.shipshape.shared.web.Flash;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The payments panel of the order page and its forms (PAYMENTS_WRITE), post-redirect-get to the order. */
class PaymentAdminTest extends PaymentTestBase {

    static final RequestPostProcessor MANAGER = user("manager-1").roles("MANAGER");
    static final RequestPostProcessor SUPPORT = user("support-1").roles("SUPPORT");

    private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theOrderPageLoadsThePanelWhichShowsTheLedgerAndForms() throws Exception {
        OrderId id = card(2, "tok_ok");
        port.authorize(id);

        assertThat(html(get("/admin/orders/" + id).with(SUPPORT)))
                .contains("hx-get=\"/admin/orders/" + id + "/payments\"");
        String panel = html(get("/admin/orders/" + id + "/payments").header("HX-Request", "true").with(MANAGER));
        assertThat(panel).contains("id=\"payments\"", "AUTHORIZED", "20.00 USD", "AUTHORIZATION", "tc_auth_",
                "id=\"capture-form\"", "id=\"manual-form\"").doesNotContain("<html");
        String readOnly = html(get("/admin/orders/" + id + "/payments").header("HX-Request", "true").with(SUPPORT));
        assertThat(readOnly).contains("AUTHORIZATION").doesNotContain("capture-form", "manual-form");
        assertThat(html(get("/admin/orders/" + id + "/payments").with(SUPPORT))).contains("<html", "id=\"payments\"");
    }

    @Test
    void aManagerCapturesAndRefundsFromThePanel() throws Exception {
        OrderId id = card(3, "tok_ok");
        port.authorize(id);
        mvc.perform(post("/admin/orders/" + id + "/payments/capture").param("amount", "").with(MANAGER).with(csrf()))
                .andExpect(redirectedUrl("/admin/orders/" + id))
                .andExpect(flash().attribute("flashSuccess", "Capture of 30.00 USD: SUCCESS."));
        mvc.perform(post("/admin/orders/" + id + "/refunds").param("amount", "12.50").param("reason", "scratched")
                        .with(MANAGER).with(csrf()))
                .andExpect(redirectedUrl("/admin/orders/" + id))
                .andExpect(flash().attribute("flashSuccess", "Refund of 12.50 USD: SUCCESS."));
        mvc.perform(post("/admin/orders/" + id + "/refunds").param("amount", "20").param("reason", "again")
                        .with(MANAGER).with(csrf()))
                .andExpect(redirectedUrl("/admin/orders/" + id))
                .andExpect(result -> assertThat(((Flash.Problem) result.getFlashMap().get("flashProblem")).type())
                        .isEqualTo("/problems/refund-exceeds-captured"));
        assertThat(view(id).refunded()).isEqualTo(usd(1250));
        assertThat(view(id).status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
    }

    @Test
    void aManagerRecordsAManualPaymentAndBadAmountsAreProblems() throws Exception {
        OrderId id = order(1, "manual", "bank_transfer");
        port.authorize(id);
        mvc.perform(post("/admin/orders/" + id + "/payments/manual").param("amount", "ten").param("method", "cash")
                        .with(MANAGER).with(csrf()))
                .andExpect(result -> assertThat(((Flash.Problem) result.getFlashMap().get("flashProblem")).items())
                        .containsExactly("amount: must be an amount such as 12.50"));
        mvc.perform(post("/admin/orders/" + id + "/payments/manual").param("amount", "10.00")
                        .param("method", "bank_transfer").param("reference", "SEPA-1").with(MANAGER).with(csrf()))
                .andExpect(redirectedUrl("/admin/orders/" + id))
                .andExpect(flash().attribute("flashSuccess", "Recorded a payment of 10.00 USD."));
        assertThat(view(id).status()).isEqualTo(PaymentStatus.CAPTURED);
    }

    @Test
    void staffWithoutPaymentsWriteCannotMoveMoney() throws Exception {
        OrderId id = captured(1);
        mvc.perform(post("/admin/orders/" + id + "/refunds").param("amount", "1").param("reason", "x")
                .with(SUPPORT).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/orders/" + id + "/payments/manual").param("amount", "1").param("method", "cash")
                .with(SUPPORT).with(csrf())).andExpect(status().isForbidden());
        assertThat(view(id).refunded()).isEqualTo(usd(0));
    }
}
