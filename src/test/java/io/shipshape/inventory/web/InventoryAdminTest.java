package io.shipshape.inventory.web;

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

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.shipshape.ShipshapeTest;
import io.shipshape.TestData;
import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.CreateProduct;
import io.shipshape.inventory.Address;
import io.shipshape.inventory.CreateLocation;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.LocationType;
import io.shipshape.inventory.MovementType;
import io.shipshape.inventory.MovementView;
import io.shipshape.inventory.SetStockCount;
import io.shipshape.shared.Money;
import io.shipshape.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The stock screens: the SKU x location list (search, low stock, paging), a SKU's page, and setting a count. */
@ShipshapeTest
class InventoryAdminTest {

    static final RequestPostProcessor WAREHOUSE = user("picker").roles("WAREHOUSE");

    @Autowired
    MockMvc mvc;
    @Autowired
    InventoryManagement inventory;
    @Autowired
    CatalogManagement catalog;

    @Test
    void listsStockPerSkuAndLocationWithLowStockHighlighted() throws Exception {
        String prefix = TestData.unique("STK");
        String location = location();
        count(prefix + "-A", location, 40, 5, 10);
        count(prefix + "-B", location, 3, 2, 1);
        String page = mvc.perform(get("/admin/inventory").param("q", prefix.toLowerCase()).with(WAREHOUSE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<nav id=\"nav\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(row(page, prefix + "-A")).doesNotContain("class=\"low\"").contains(">35<");
        assertThat(row(page, prefix + "-B")).contains("class=\"low\"").contains(">1<");
        mvc.perform(get("/admin/inventory").param("q", prefix).param("low", "true")
                        .header("HX-Request", "true").with(WAREHOUSE))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString(prefix + "-B")))
                .andExpect(content().string(not(containsString(prefix + "-A"))));
    }

    @Test
    void pagesWithACursor() throws Exception {
        String prefix = TestData.unique("PG");
        String first = location();
        String second = location();
        for (int i = 0; i < 26; i++) {
            String sku = prefix + "-" + (char) ('A' + i);
            count(sku, first, 1, null, null);
            count(sku, second, 2, null, null);
        }
        String page1 = mvc.perform(get("/admin/inventory").param("q", prefix).with(WAREHOUSE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page1).contains(prefix + "-Y").doesNotContain(prefix + "-Z");
        Matcher next = Pattern.compile("cursor=([A-Za-z0-9_-]+)\">Next page").matcher(page1);
        assertThat(next.find()).isTrue();
        mvc.perform(get("/admin/inventory").param("q", prefix).param("cursor", next.group(1)).with(WAREHOUSE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(prefix + "-Z")))
                .andExpect(content().string(not(containsString(prefix + "-Y<"))))
                .andExpect(content().string(not(containsString("Next page"))));
        assertThat(inventory.stockLevels(prefix, false, PageRequest.of(52, null)).items()).hasSize(52);
    }

    @Test
    void warehouseSetsACountFromTheSkuPage() throws Exception {
        String sku = product();
        String location = location();
        mvc.perform(get("/admin/inventory").param("q", sku).with(WAREHOUSE))
                .andExpect(content().string(containsString("No stock recorded for")))
                .andExpect(content().string(containsString("href=\"/admin/inventory/" + sku + "\"")));
        mvc.perform(get("/admin/inventory/" + sku).param("location", location).with(WAREHOUSE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"count-form\"")))
                .andExpect(content().string(containsString("value=\"" + location + "\" selected")));
        mvc.perform(countForm(sku, location, "12").param("safetyStock", "2").with(WAREHOUSE).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/inventory/" + sku + "?location=" + location))
                .andExpect(flash().attribute("flashSuccess", "Count saved: 12 of " + sku + " on hand at " + location + "."));
        var level = inventory.stockOf(sku);
        assertThat(level.onHand()).isEqualTo(12);
        assertThat(level.available()).isEqualTo(10);
        MovementView movement = inventory.movements(sku, PageRequest.first(1)).items().get(0);
        assertThat(movement.type()).isEqualTo(MovementType.COUNT);
        assertThat(movement.quantity()).isEqualTo(12);
        assertThat(movement.actor()).isEqualTo("picker");
        assertThat(movement.reason()).isEqualTo("shelf recount");
        mvc.perform(get("/admin/inventory/" + sku).with(WAREHOUSE))
                .andExpect(content().string(containsString("shelf recount")))
                .andExpect(content().string(containsString("+12")));
        mvc.perform(get("/admin/inventory/" + sku).header("HX-Request", "true").with(WAREHOUSE))
                .andExpect(content().string(containsString("id=\"ledger\"")))
                .andExpect(content().string(not(containsString("id=\"count-form\""))));
    }

    @Test
    void showsFieldErrorsOfTheCountForm() throws Exception {
        String sku = product();
        String location = location();
        mvc.perform(countForm(sku, "", "-1").param("reorderQuantity", "0").with(WAREHOUSE).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("choose a location")))
                .andExpect(content().string(containsString("must be a whole number from 0 to 99999999")))
                .andExpect(content().string(containsString("must be a whole number from 1 to 99999999")));
        mvc.perform(countForm(sku, location, "many").with(WAREHOUSE).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"many\"")));
        assertThat(inventory.stockOf(sku).locations()).isEmpty();
    }

    @Test
    void viewerMayLookButNotCount() throws Exception {
        String sku = product();
        String location = location();
        RequestPostProcessor viewer = user("viewer").roles("VIEWER");
        mvc.perform(get("/admin/inventory/" + sku).with(viewer))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("count-form"))));
        mvc.perform(countForm(sku, location, "5").with(viewer).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(countForm(sku, location, "5").with(WAREHOUSE)).andExpect(status().isForbidden());
        assertThat(inventory.stockOf(sku).locations()).isEmpty();
    }

    @Test
    void unknownSkuIsNotFound() throws Exception {
        mvc.perform(get("/admin/inventory/NO-SUCH-" + TestData.unique("X")).with(WAREHOUSE))
                .andExpect(status().isNotFound());
    }

    private static MockHttpServletRequestBuilder countForm(String sku, String location, String onHand) {
        return post("/admin/inventory/" + sku + "/count").param("location", location).param("onHand", onHand)
                .param("reason", "shelf recount");
    }

    /** The HTML of the list row of this SKU. */
    private static String row(String page, String sku) {
        int at = page.indexOf(">" + sku + "<");
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }

    private void count(String sku, String location, int onHand, Integer safety, Integer reorderPoint) {
        if (catalog.findBySkus(List.of(sku)).isEmpty()) {
            catalog.create(new CreateProduct(sku, "Product " + sku, Money.of(100, "USD"), null, null, false));
        }
        inventory.setCount(new SetStockCount(sku, location, onHand, safety, reorderPoint, null, "test", "test"));
    }

    private String product() {
        String sku = TestData.unique("INV");
        catalog.create(new CreateProduct(sku, "Product " + sku, Money.of(100, "USD"), null, null, false));
        return sku;
    }

    private String location() {
        String code = TestData.unique("WH");
        inventory.createLocation(new CreateLocation(code, "Warehouse " + code, LocationType.WAREHOUSE,
                new Address("1 Dock Road", null, "Harbour", null, "12345", "US"), null, null, 100));
        return code;
    }
}
