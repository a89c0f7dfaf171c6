package io.shipshape.orders.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import io.shipshape.inventory.LocationType;
import io.shipshape.orders.Channel;
import io.shipshape.orders.OrderFilter;
import io.shipshape.orders.OrderSummary;
import io.shipshape.orders.OrderView;
import io.shipshape.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Manual order entry: the live lookups, the totals preview (which writes nothing), and saving through capture, which
 * reserves stock or shows capture's problem with the staff's input kept and nothing written.
 */
class OrderEntryAdminTest extends OrderAdminWebTest {

    private static final String SAVE = "/admin/orders/new";
    private static final String QUOTE = "/admin/orders/new/quote";

    @Test
    void findsProductsWithAvailabilityPerLocationAndCustomersByEmail() throws Exception {
        String warehouse = location(LocationType.WAREHOUSE);
        String store = location(LocationType.STORE);
        String sku = product(warehouse, 7);
        String customer = email("known");
        place(Channel.WEB, customer, "Kim Known", sku, 1, null, null);
        inventory.setCount(new io.shipshape.inventory.SetStockCount(sku, store, 2, null, null, null, "test", "test"));

        String products = html(get("/admin/orders/new/products").param("query", sku).header("HX-Request", "true").with(SUPPORT));
        assertThat(products).contains(sku, "Lantern " + sku, "10.00 USD", warehouse, ">6<", store, ">2<",
                "hx-get=\"/admin/orders/new/line?sku=" + sku + "\"");
        String customers = html(get("/admin/orders/new/customers").param("email", customer).with(SUPPORT));
        assertThat(customers).contains("data-customer-email=\"" + customer + "\"", "data-customer-name=\"Kim Known\"");
        assertThat(html(get("/admin/orders/new/customers").param("email", "nobody-" + sku.toLowerCase()).with(SUPPORT)))
                .contains("a new one is created");
        mvc.perform(get("/admin/orders/new/line").param("sku", sku).with(SUPPORT))
                .andExpect(status().isOk()).andExpect(header().string("HX-Trigger-After-Settle", "lines-changed"));
        assertThat(html(get("/admin/orders/new").with(SUPPORT))).contains("value=\"" + store + "\"")
                .doesNotContain("value=\"" + warehouse + "\"");
    }

    @Test
    void previewsTotalsWithoutReservingAnything() throws Exception {
        String warehouse = location(LocationType.WAREHOUSE);
        String sku = product(warehouse, 3);
        String fragment = html(phoneOrder(QUOTE, sku, "5", "DE").param("shipping", "4.50").param("discount", "2")
                .header("HX-Request", "true"));
        // 5 x 10.00 = 50.00, -2.00, +4.50 shipping, 19% German tax on 52.50 = 9.98 (rounded half up), total 62.48.
        assertThat(fragment).startsWith("<div class=\"quote\"").contains("50.00 USD", "− 2.00 USD", "4.50 USD",
                "9.98 USD", "62.48 USD", "Only 3 available");
        assertThat(reserved(sku)).isZero();
        assertThat(ordersOf(sku)).isZero();

        String page = html(phoneOrder(QUOTE, sku, "1", "US"));
        assertThat(page).contains("<nav id=\"nav\"", "id=\"order-form\"", "value=\"" + sku + "\"", "10.00 USD");
        String problem = html(phoneOrder(QUOTE, "NO-SUCH-SKU", "1", "US").header("HX-Request", "true"));
        assertThat(problem).contains("Unknown product", "NO-SUCH-SKU");
    }

    @Test
    void savesAPhoneOrderThatReservesStockAndOpensTheOrder() throws Exception {
        String warehouse = location(LocationType.WAREHOUSE);
        String sku = product(warehouse, 4);
        String email = email("phone");
        String location = mvc.perform(phoneOrder(SAVE, sku, "3", "US").param("email", email).param("shipping", "5.00"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(reserved(sku)).isEqualTo(3);
        OrderSummary saved = only(sku);
        assertThat(location).isEqualTo("/admin/orders/" + saved.id());
        OrderView order = orders.get(saved.id());
        assertThat(order.channel()).isEqualTo(Channel.PHONE);
        assertThat(order.customer().email()).isEqualTo(email);
        assertThat(order.shippingAddress().city()).isEqualTo("Springfield");
        assertThat(order.totals().total().amountMinor()).isEqualTo(3500);
        assertThat(orders.timeline(saved.id()).get(0).actor()).isEqualTo("support-1");
    }

    @Test
    void showsInsufficientStockWithTheInputKeptAndWritesNothing() throws Exception {
        String warehouse = location(LocationType.WAREHOUSE);
        String sku = product(warehouse, 2);
        String email = email("short");
        String html = mvc.perform(phoneOrder(SAVE, sku, "5", "US").param("email", email)).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Insufficient stock", "requested=5", "available=2", "/problems/insufficient-stock",
                "value=\"" + email + "\"", "value=\"" + sku + "\"", "value=\"5\"", "Springfield");
        assertThat(reserved(sku)).isZero();
        assertThat(ordersOf(sku)).isZero();
    }

    @Test
    void showsValidationProblemsNextToTheFields() throws Exception {
        String warehouse = location(LocationType.WAREHOUSE);
        String sku = product(warehouse, 2);
        String html = mvc.perform(post("/admin/orders/new").param("channel", "PHONE").param("email", "not-an-email")
                        .param("sku", sku).param("quantity", "two").with(SUPPORT).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Validation failed", "customer.email", "customer.name", "lines[0].quantity: must be a whole number",
                "shippingAddress: is required for phone orders");

        String pos = mvc.perform(post("/admin/orders/new").param("channel", "POS").param("email", email("pos"))
                        .param("name", "Pat Pos").param("sku", sku).param("quantity", "1").with(SUPPORT).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(pos).contains("locationCode: is required for POS orders");
        assertThat(reserved(sku)).isZero();
    }

    @Test
    void savesAPosSaleFromTheChosenStore() throws Exception {
        String warehouse = location(LocationType.WAREHOUSE);
        String store = location(LocationType.STORE);
        String sku = product(warehouse, 10);
        inventory.setCount(new io.shipshape.inventory.SetStockCount(sku, store, 1, null, null, null, "test", "test"));
        mvc.perform(post("/admin/orders/new").param("channel", "POS").param("locationCode", store)
                        .param("email", email("pos")).param("name", "Pat Pos").param("sku", sku).param("quantity", "1")
                        .with(SUPPORT).with(csrf()))
                .andExpect(status().is3xxRedirection());
        OrderView order = orders.get(only(sku).id());
        assertThat(order.channel()).isEqualTo(Channel.POS);
        assertThat(order.lines().get(0).allocations()).extracting(a -> a.location()).containsExactly(store);
        assertThat(order.shippingAddress()).isNull();
    }

    /** A phone order form with one line and a blank row (as the page posts it); add "email" to save it. */
    private static MockHttpServletRequestBuilder phoneOrder(String path, String sku, String quantity, String country) {
        return post(path).param("channel", "PHONE").param("name", "Phil Phone").param("phone", "+1 555 0100")
                .param("line1", "1 Main St").param("city", "Springfield").param("postalCode", "12345")
                .param("country", country).param("sku", sku, "").param("quantity", quantity, "1")
                .with(SUPPORT).with(csrf());
    }

    private OrderSummary only(String sku) {
        List<OrderSummary> found = orders.list(new OrderFilter(null, null, null, sku, null, null, null),
                PageRequest.first(10)).items();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private int ordersOf(String sku) {
        return orders.list(new OrderFilter(null, null, null, sku, null, null, null), PageRequest.first(10)).items().size();
    }
}
