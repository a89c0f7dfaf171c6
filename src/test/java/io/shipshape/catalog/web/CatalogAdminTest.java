package io.shipshape.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shipshape.ShipshapeTest;
import io.shipshape.TestData;
import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.CreateProduct;
import io.shipshape.catalog.ProductView;
import io.shipshape.shared.Money;
import io.shipshape.shared.NotFound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The catalog screens: list and live search, create and edit forms, validation, roles and CSRF. */
@ShipshapeTest
class CatalogAdminTest {

    static final RequestPostProcessor MANAGER = user("manager").roles("MANAGER");

    @Autowired
    MockMvc mvc;
    @Autowired
    CatalogManagement catalog;

    @Test
    void listServesWholePageOrHtmxFragment() throws Exception {
        String sku = product("Trail lantern");
        mvc.perform(get("/admin/catalog").param("q", sku).with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<nav id=\"nav\"")))
                .andExpect(content().string(containsString("hx-trigger=\"input changed delay:300ms, search\"")))
                .andExpect(content().string(containsString(sku)))
                .andExpect(content().string(containsString("19.99 USD")))
                .andExpect(content().string(containsString("href=\"/admin/catalog/new\"")));
        mvc.perform(get("/admin/catalog").param("q", "trail lant").header("HX-Request", "true").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(containsString(sku)))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("id=\"nav\""))));
    }

    @Test
    void createsProductThroughTheForm() throws Exception {
        mvc.perform(get("/admin/catalog/new").with(MANAGER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"product-form\"")));
        String sku = TestData.unique("FORM");
        mvc.perform(post("/admin/catalog/new").with(MANAGER).with(csrf())
                        .param("sku", sku).param("name", " Camp stove ").param("amount", "1299.5")
                        .param("currency", "eur").param("weightGrams", "850").param("barcode", "4006381333931")
                        .param("backorderable", "true").param("_backorderable", "on"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/catalog?q=" + sku))
                .andExpect(flash().attribute("flashSuccess", "Product " + sku + " created."));
        ProductView created = catalog.get(sku);
        assertThat(created.name()).isEqualTo("Camp stove");
        assertThat(created.price()).isEqualTo(Money.of(129_950, "EUR"));
        assertThat(created.weightGrams()).isEqualTo(850);
        assertThat(created.backorderable()).isTrue();
        assertThat(created.active()).isTrue();
    }

    @Test
    void convertsDecimalPricesWithTheCurrencysDigits() {
        assertThat(ProductAdminForm.price("19.99", "USD")).isEqualTo(Money.of(1999, "USD"));
        assertThat(ProductAdminForm.price("19.9", "USD")).isEqualTo(Money.of(1990, "USD"));
        assertThat(ProductAdminForm.price("500", "JPY")).isEqualTo(Money.of(500, "JPY"));
        assertThat(ProductAdminForm.price("1.234", "BHD")).isEqualTo(Money.of(1234, "BHD"));
        assertThat(ProductAdminForm.price("0.10", "USD")).isEqualTo(Money.of(10, "USD"));
        assertThatThrownBy(() -> ProductAdminForm.price("19.999", "USD")).hasMessageContaining("USD has 2 decimals");
        assertThatThrownBy(() -> ProductAdminForm.price("5.5", "JPY")).hasMessageContaining("JPY has no decimals");
        assertThatThrownBy(() -> ProductAdminForm.price("1", "ZZZ")).hasMessageStartingWith("currency:");
        assertThat(ProductAdminForm.display(Money.of(123_456_789, "USD"))).isEqualTo("1,234,567.89 USD");
    }

    @Test
    void showsFieldErrorsAndKeepsTheInput() throws Exception {
        String sku = TestData.unique("BAD");
        mvc.perform(post("/admin/catalog/new").with(MANAGER).with(csrf())
                        .param("sku", sku).param("name", " ").param("amount", "twelve").param("currency", "USD")
                        .param("weightGrams", "heavy"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"field-error\"")))
                .andExpect(content().string(containsString("must not be blank")))
                .andExpect(content().string(containsString("must be an amount such as 19.99")))
                .andExpect(content().string(containsString("must be a whole number of grams")))
                .andExpect(content().string(containsString("value=\"" + sku + "\"")));
        mvc.perform(post("/admin/catalog/new").with(MANAGER).with(csrf())
                        .param("sku", sku).param("name", "Mug").param("amount", "9.999").param("currency", "USD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("USD has 2 decimals")));
        assertThatThrownBy(() -> catalog.get(sku)).isInstanceOf(NotFound.class);
    }

    @Test
    void duplicateSkuIsShownOnTheForm() throws Exception {
        String sku = product("First");
        mvc.perform(post("/admin/catalog/new").with(MANAGER).with(csrf())
                        .param("sku", sku).param("name", "Second").param("amount", "5").param("currency", "USD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a product with this SKU already exists")))
                .andExpect(content().string(containsString("value=\"Second\"")));
        assertThat(catalog.get(sku).name()).isEqualTo("First");
    }

    @Test
    void editsProduct() throws Exception {
        String sku = product("Old name");
        mvc.perform(get("/admin/catalog/" + sku + "/edit").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"19.99\"")))
                .andExpect(content().string(containsString("value=\"Old name\"")));
        mvc.perform(post("/admin/catalog/" + sku + "/edit").with(MANAGER).with(csrf())
                        .param("sku", sku).param("name", "New name").param("amount", "24").param("currency", "USD")
                        .param("weightGrams", "").param("barcode", "").param("_backorderable", "on")
                        .param("_active", "on"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/catalog?q=" + sku));
        ProductView edited = catalog.get(sku);
        assertThat(edited.name()).isEqualTo("New name");
        assertThat(edited.price()).isEqualTo(Money.of(2400, "USD"));
        assertThat(edited.barcode()).isNull();
        assertThat(edited.active()).isFalse();
        mvc.perform(get("/admin/catalog/NO-SUCH-" + sku + "/edit").with(MANAGER)).andExpect(status().isNotFound());
    }

    @Test
    void warehouseAndViewerMayLookButNotChange() throws Exception {
        String sku = product("Look only");
        for (String role : new String[] {"WAREHOUSE", "VIEWER"}) {
            RequestPostProcessor staff = user(role.toLowerCase()).roles(role);
            mvc.perform(get("/admin/catalog").param("q", sku).with(staff))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(sku)))
                    .andExpect(content().string(not(containsString("/admin/catalog/new"))))
                    .andExpect(content().string(not(containsString("/edit\""))));
            mvc.perform(get("/admin/catalog/new").with(staff)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/catalog/" + sku + "/edit").with(staff)).andExpect(status().isForbidden());
            mvc.perform(create(TestData.unique("NOPE")).with(staff).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/admin/catalog/" + sku + "/edit").with(staff).with(csrf()).param("name", "Changed"))
                    .andExpect(status().isForbidden());
        }
        assertThat(catalog.get(sku).name()).isEqualTo("Look only");
    }

    @Test
    void refusesPostsWithoutCsrfToken() throws Exception {
        String sku = TestData.unique("CSRF");
        mvc.perform(create(sku).with(MANAGER)).andExpect(status().isForbidden());
        mvc.perform(create(sku).with(MANAGER).with(csrf().useInvalidToken())).andExpect(status().isForbidden());
        assertThatThrownBy(() -> catalog.get(sku)).isInstanceOf(NotFound.class);
    }

    private static MockHttpServletRequestBuilder create(String sku) {
        return post("/admin/catalog/new").param("sku", sku).param("name", "Mug").param("amount", "5")
                .param("currency", "USD");
    }

    private String product(String name) {
        String sku = TestData.unique("CAT");
        catalog.create(new CreateProduct(sku, name, Money.of(1999, "USD"), 350, null, false));
        return sku;
    }
}
