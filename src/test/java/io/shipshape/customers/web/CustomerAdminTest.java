package io.shipshape.customers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import io.shipshape.ShipshapeTest;
import io.shipshape.TestData;
import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.CreateProduct;
import io.shipshape.customers.CreateCustomer;
import io.shipshape.customers.CustomerManagement;
import io.shipshape.customers.CustomerView;
import io.shipshape.orders.Channel;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderView;
import io.shipshape.orders.PlaceOrder;
import io.shipshape.shared.Money;
import io.shipshape.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The customer screens: list and live search, create and edit forms, the customer page with their orders. */
@ShipshapeTest
class CustomerAdminTest {

    static final RequestPostProcessor SUPPORT = user("support").roles("SUPPORT");

    @Autowired
    MockMvc mvc;
    @Autowired
    CustomerManagement customers;
    @Autowired
    CatalogManagement catalog;
    @Autowired
    OrderManagement orders;

    @Test
    void listServesWholePageOrHtmxFragment() throws Exception {
        CustomerView c = customer("Grace Hopper");
        mvc.perform(get("/admin/customers").param("q", c.email()).with(SUPPORT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<nav id=\"nav\"")))
                .andExpect(content().string(containsString("href=\"/admin/customers/" + c.id() + "\"")))
                .andExpect(content().string(containsString("href=\"/admin/customers/new\"")));
        mvc.perform(get("/admin/customers").param("q", c.email()).header("HX-Request", "true").with(SUPPORT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(c.email())))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void customerPageShowsOrdersCountAndLifetimeValue() throws Exception {
        CustomerView c = customer("Ada Lovelace");
        OrderView first = order(c, 2);
        OrderView second = order(c, 1);
        mvc.perform(get("/admin/customers/" + c.id()).with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ada Lovelace")))
                .andExpect(content().string(containsString("href=\"/admin/orders/" + first.id() + "\"")))
                .andExpect(content().string(containsString(second.number())))
                .andExpect(content().string(containsString("id=\"order-count\">2<")))
                .andExpect(content().string(containsString(
                        new BigDecimal(first.totals().total().plus(second.totals().total()).amountMinor())
                                .movePointLeft(2).toPlainString() + " USD")))
                .andExpect(content().string(not(containsString("id=\"edit-customer\""))));
        mvc.perform(get("/admin/customers/not-a-uuid").with(SUPPORT)).andExpect(status().isNotFound());
    }

    @Test
    void createsAndEditsACustomer() throws Exception {
        String email = TestData.unique("new").toLowerCase() + "@example.com";
        mvc.perform(get("/admin/customers/new").with(SUPPORT)).andExpect(status().isOk());
        String location = mvc.perform(post("/admin/customers/new").with(SUPPORT).with(csrf())
                        .param("email", " " + email.toUpperCase() + " ").param("name", "Katherine Johnson")
                        .param("phone", ""))
                .andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        CustomerView created = customers.list(email, PageRequest.first(1)).items().get(0);
        assertThat(location).isEqualTo("/admin/customers/" + created.id());
        assertThat(created.email()).isEqualTo(email);
        assertThat(created.phone()).isNull();

        mvc.perform(get("/admin/customers/" + created.id() + "/edit").with(SUPPORT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Katherine Johnson\"")));
        mvc.perform(post("/admin/customers/" + created.id() + "/edit").with(SUPPORT).with(csrf())
                        .param("email", email).param("name", "K. Johnson").param("phone", "+1 555 0199"))
                .andExpect(status().isFound());
        CustomerView edited = customers.get(created.id());
        assertThat(edited.name()).isEqualTo("K. Johnson");
        assertThat(edited.phone()).isEqualTo("+1 555 0199");
    }

    @Test
    void showsFieldErrorsAndDuplicateEmails() throws Exception {
        CustomerView taken = customer("Taken");
        CustomerView other = customer("Other");
        mvc.perform(post("/admin/customers/new").with(SUPPORT).with(csrf())
                        .param("email", "not-an-email").param("name", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"field-error\"")))
                .andExpect(content().string(containsString("must not be blank")))
                .andExpect(content().string(containsString("value=\"not-an-email\"")));
        mvc.perform(post("/admin/customers/" + other.id() + "/edit").with(SUPPORT).with(csrf())
                        .param("email", taken.email()).param("name", "Other"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("another customer has this email")))
                .andExpect(content().string(containsString("href=\"/admin/customers/" + taken.id() + "\"")));
        assertThat(customers.get(other.id()).email()).isEqualTo(other.email());
    }

    @Test
    void onlyCustomerWritersChangeCustomers() throws Exception {
        CustomerView c = customer("Read Only");
        for (String role : new String[] {"VIEWER", "WAREHOUSE"}) {
            RequestPostProcessor staff = user(role.toLowerCase()).roles(role);
            mvc.perform(get("/admin/customers/new").with(staff)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/customers/" + c.id() + "/edit").with(staff)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/customers/" + c.id() + "/edit").with(staff).with(csrf())
                    .param("email", c.email()).param("name", "Changed")).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/customers/" + c.id() + "/edit").with(SUPPORT)
                .param("email", c.email()).param("name", "No token")).andExpect(status().isForbidden());
        assertThat(customers.get(c.id()).name()).isEqualTo("Read Only");
    }

    private CustomerView customer(String name) {
        return customers.create(new CreateCustomer(TestData.unique("c").toLowerCase() + "@example.com", name, null));
    }

    /** An order of a backorderable product (no stock needed) for this customer. */
    private OrderView order(CustomerView c, int quantity) {
        String sku = TestData.unique("CUS");
        catalog.create(new CreateProduct(sku, "Product " + sku, Money.of(1250, "USD"), null, null, true));
        return orders.place(new PlaceOrder(Channel.PHONE, null, new PlaceOrder.CustomerData(c.email(), c.name(), null),
                null, null, List.of(new PlaceOrder.Line(sku, quantity, null)), null, null, null, null, null, null,
                null, "test"));
    }
}
