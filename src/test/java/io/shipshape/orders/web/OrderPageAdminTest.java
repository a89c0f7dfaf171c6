package io.shipshape.orders.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import io.shipshape.ApiClient;

import io.shipshape.inventory.LocationType;
import io.shipshape.orders.Channel;
import io.shipshape.orders.OrderView;
import io.shipshape.orders.TimelineEntry;
import io.shipshape.shared.web.Flash;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** The order page and its notes: what it shows, who may add a note, and that forms need their CSRF token. */
class OrderPageAdminTest extends OrderAdminWebTest {

    @Test
    void showsTheOrderWithCustomerLinesAllocationsTotalsAndTimeline() throws Exception {
        String warehouse = location(LocationType.WAREHOUSE);
        String sku = product(warehouse, 5);
        OrderView order = place(Channel.WEB, email("page"), "Pia Page", sku, 3, null, "EXT-" + sku);

        // Processing releases the order to fulfillment right after capture; the page shows where it is then.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> orders.get(order.id()).status() == io.shipshape.orders.OrderStatus.IN_FULFILLMENT);
        String html = html(get("/admin/orders/" + order.id()).with(SUPPORT));

        assertThat(html).contains("Order " + order.number(), "IN_FULFILLMENT", "Payment PENDING", "Fulfillment UNFULFILLED",
                "EXT-" + sku, "href=\"/admin/customers/" + order.customer().id().value() + "\"", "Pia Page",
                "1 Main St", sku, "Lantern " + sku, warehouse, "PRIORITY: only " + warehouse + " has all of it", "30.00 USD",
                "ORDER_PLACED", "STOCK_RESERVED", "id=\"add-note\"");
    }

    @Test
    void staffAddANoteThatJoinsTheTimelineAfterARedirect() throws Exception {
        OrderView order = anOrder();
        mvc.perform(post("/admin/orders/" + order.id() + "/notes").param("text", "Customer called: leave at the door")
                        .with(SUPPORT).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/orders/" + order.id()))
                .andExpect(flash().attribute("flashSuccess", "Note added."));

        // Other modules add their own entries after commit (emails, fulfillment), so find the note by its type.
        List<TimelineEntry> timeline = orders.timeline(order.id());
        TimelineEntry note = timeline.stream().filter(e -> e.type().equals("NOTE")).findFirst().orElseThrow();
        assertThat(note.type()).isEqualTo("NOTE");
        assertThat(note.message()).isEqualTo("Customer called: leave at the door");
        assertThat(note.actor()).isEqualTo("support-1");
        assertThat(html(get("/admin/orders/" + order.id()).with(SUPPORT))).contains("Customer called: leave at the door");
    }

    @Test
    void aBlankNoteIsAProblemAndAddsNothing() throws Exception {
        OrderView order = anOrder();
        mvc.perform(post("/admin/orders/" + order.id() + "/notes").param("text", "   ").with(SUPPORT).with(csrf()))
                .andExpect(redirectedUrl("/admin/orders/" + order.id()))
                .andExpect(result -> assertThat(((Flash.Problem) result.getFlashMap().get("flashProblem")).items())
                        .containsExactly("text: must be 1 to 2000 characters"));
        assertThat(orders.timeline(order.id())).extracting(TimelineEntry::type).doesNotContain("NOTE");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        OrderView order = anOrder();
        mvc.perform(post("/admin/orders/" + order.id() + "/notes").param("text", "no token").with(SUPPORT))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/orders/new").param("channel", "PHONE").with(SUPPORT)).andExpect(status().isForbidden());
        assertThat(orders.timeline(order.id())).extracting(TimelineEntry::type).doesNotContain("NOTE");
    }

    @Test
    void viewersReadButCannotAddNotesOrEnterOrders() throws Exception {
        OrderView order = anOrder();
        assertThat(html(get("/admin/orders/" + order.id()).with(VIEWER))).contains(order.number())
                .doesNotContain("id=\"add-note\"");
        mvc.perform(post("/admin/orders/" + order.id() + "/notes").param("text", "sneaky").with(VIEWER).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/orders/new").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/orders/new/quote").with(VIEWER).with(csrf())).andExpect(status().isForbidden());
        assertThat(orders.timeline(order.id())).extracting(TimelineEntry::type).doesNotContain("NOTE");
    }

    @Test
    void anUnknownOrderIsTheNotFoundPage() throws Exception {
        mvc.perform(get("/admin/orders/" + UUID.randomUUID()).with(SUPPORT))
                .andExpect(status().isNotFound()).andExpect(content().string(Matchers.containsString("was not found")));
        mvc.perform(get("/admin/orders/not-an-id").with(SUPPORT)).andExpect(status().isNotFound());
    }

    @Test
    void theApiAddsNotesAndAnswersTheTimelineEntry() throws Exception {
        OrderView order = anOrder();
        ApiClient api = ApiClient.admin(mvc);
        api.post("/api/v1/orders/" + order.id() + "/notes", "{\"text\": \"Gift wrap, please\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("NOTE"))
                .andExpect(jsonPath("$.message").value("Gift wrap, please"))
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.at").isNotEmpty());
        api.get("/api/v1/orders/" + order.id() + "/timeline")
                .andExpect(jsonPath("$.items[-1:].message").value(Matchers.contains("Gift wrap, please")));

        api.post("/api/v1/orders/" + UUID.randomUUID() + "/notes", "{\"text\": \"x\"}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/not-found"));
        api.post("/api/v1/orders/" + order.id() + "/notes", "{\"text\": \" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        api.post("/api/v1/orders/" + order.id() + "/notes", "{\"text\": \"" + "x".repeat(2001) + "\"}")
                .andExpect(status().isBadRequest());
        api.post("/api/v1/orders/" + order.id() + "/notes", "{\"text\": \"" + "x".repeat(2000) + "\"}")
                .andExpect(status().isCreated());
        assertThat(orders.timeline(order.id())).filteredOn(e -> e.type().equals("NOTE")).hasSize(2);
    }

    private OrderView anOrder() {
        String warehouse = location(LocationType.WAREHOUSE);
        OrderView order = place(Channel.PHONE, email("noted"), "Nat Noted", product(warehouse, 5), 1, null, null);
        // Processing adds its timeline entries right after capture; let it finish so the timeline holds still.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> orders.get(order.id()).status() == io.shipshape.orders.OrderStatus.IN_FULFILLMENT);
        return order;
    }
}
