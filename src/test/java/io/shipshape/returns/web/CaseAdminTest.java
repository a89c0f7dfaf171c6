package io.shipshape.returns.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.orders.OrderFixtures;
import io.shipshape.orders.OrderId;
import io.shipshape.returns.CaseId;
import io.shipshape.returns.CaseManagement;
import io.shipshape.returns.CaseStatus;
import io.shipshape.returns.CaseView;
import io.shipshape.returns.OpenCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The cases inbox and case page: conversation, order context, reply, internal note, assign and resolve. */
@ShipshapeTest
class CaseAdminTest {

    static final RequestPostProcessor SUPPORT = user("admin").roles("SUPPORT");

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseManagement cases;

    @Test
    void inboxListsOpenCasesAndThePageShowsTheOrderBeside() throws Exception {
        OrderFixtures fx = new OrderFixtures(ApiClient.admin(mvc));
        String sku = fx.stockedProduct(fx.warehouse(1), 3);
        String order = fx.place(OrderFixtures.order("WEB").line(sku, 2));
        OrderId orderId = new OrderId(java.util.UUID.fromString(JsonPath.read(order, "$.id")));
        CaseView c = cases.open(new OpenCase(orderId, null, "Broken zip", "The zip broke on day one.", true, "x"));

        mvc.perform(get("/admin/cases").with(SUPPORT)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/cases/" + c.id() + "\"")))
                .andExpect(content().string(containsString(">Cases<")));
        mvc.perform(get("/admin/cases").param("status", "RESOLVED").header("HX-Request", "true").with(SUPPORT))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/admin/cases/" + c.id()))))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/admin/cases/" + c.id()).with(SUPPORT)).andExpect(status().isOk())
                .andExpect(content().string(containsString("The zip broke on day one.")))
                .andExpect(content().string(containsString("id=\"order-context\"")))
                .andExpect(content().string(containsString((String) JsonPath.read(order, "$.number"))))
                .andExpect(content().string(containsString(sku)));
    }

    @Test
    void staffReplyNoteAssignAndResolveFromThePage() throws Exception {
        CaseView c = cases.open(new OpenCase(null, OrderFixtures.uniqueEmail("c"), "Invoice", "Need an invoice",
                true, "x"));
        String page = "/admin/cases/" + c.id();
        mvc.perform(post(page + "/messages").param("text", "Checking with billing").param("internal", "true")
                .with(SUPPORT).with(csrf())).andExpect(redirectedUrl(page));
        mvc.perform(post(page + "/messages").param("text", "Attached.").param("internal", "false")
                .with(SUPPORT).with(csrf())).andExpect(redirectedUrl(page));
        mvc.perform(post(page + "/assign").param("assignee", "admin").with(SUPPORT).with(csrf()))
                .andExpect(redirectedUrl(page));
        CaseView after = cases.get(c.id());
        assertThat(after.status()).isEqualTo(CaseStatus.WAITING_ON_CUSTOMER);
        assertThat(after.assignee()).isEqualTo("admin");
        assertThat(after.messages()).extracting(CaseView.Message::internal).containsExactly(false, true, false);
        mvc.perform(get(page).with(SUPPORT)).andExpect(content().string(containsString("Internal note")));
        mvc.perform(post(page + "/status").param("status", "RESOLVED").with(SUPPORT).with(csrf()))
                .andExpect(redirectedUrl(page));
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.RESOLVED);
        mvc.perform(post(page + "/messages").param("text", "no").with(user("v").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void opensACaseFromTheForm() throws Exception {
        String email = OrderFixtures.uniqueEmail("form");
        String location = mvc.perform(post("/admin/cases/new").param("customerEmail", email)
                        .param("subject", "Hello").param("message", "Question").with(SUPPORT).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        CaseView c = cases.get(new CaseId(java.util.UUID.fromString(location.substring("/admin/cases/".length()))));
        assertThat(c.customerEmail()).isEqualTo(email);
        assertThat(c.openedBy()).isEqualTo("admin");
        mvc.perform(get("/admin/cases/new").with(SUPPORT)).andExpect(status().isOk());
    }
}
