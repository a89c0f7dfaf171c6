package io.shipshape.inventory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import io.shipshape.ShipshapeTest;
import io.shipshape.TestData;
import io.shipshape.inventory.Address;
import io.shipshape.inventory.CreateLocation;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.LocationType;
import io.shipshape.inventory.LocationView;
import io.shipshape.shared.NotFound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The location screens: list, create and edit forms, validation, roles and CSRF. */
@ShipshapeTest
class LocationAdminTest {

    static final RequestPostProcessor MANAGER = user("manager").roles("MANAGER");

    @Autowired
    MockMvc mvc;
    @Autowired
    InventoryManagement inventory;

    @Test
    void createsLocationThroughTheForm() throws Exception {
        mvc.perform(get("/admin/inventory/locations/new").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"location-form\"")));
        String code = TestData.unique("WH");
        mvc.perform(form(post("/admin/inventory/locations/new"), code, "latitude", "52.52",
                        "longitude", "-13.405", "priority", "5"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/inventory/locations"));
        LocationView created = inventory.location(code);
        assertThat(created.type()).isEqualTo(LocationType.STORE);
        assertThat(created.address()).isEqualTo(new Address("1 Quay Street", null, "Harbour", null, "12345", "DE"));
        assertThat(created.latitude()).isEqualTo(52.52);
        assertThat(created.longitude()).isEqualTo(-13.405);
        assertThat(created.priority()).isEqualTo(5);
        mvc.perform(get("/admin/inventory/locations").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("/admin/inventory/locations/" + code + "/edit")));
    }

    @Test
    void showsFieldErrors() throws Exception {
        String code = TestData.unique("BAD");
        mvc.perform(form(post("/admin/inventory/locations/new"), code, "country", "Germany",
                        "latitude", "91", "longitude", "east", "city", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must be an ISO 3166-1 alpha-2 code such as US")))
                .andExpect(content().string(containsString("must be between -90 and 90")))
                .andExpect(content().string(containsString("must be a number such as 13.405")))
                .andExpect(content().string(containsString("must not be blank")))
                .andExpect(content().string(containsString("value=\"" + code + "\"")));
        assertThatThrownBy(() -> inventory.location(code)).isInstanceOf(NotFound.class);
    }

    @Test
    void duplicateCodeIsShownOnTheForm() throws Exception {
        String code = location();
        mvc.perform(form(post("/admin/inventory/locations/new"), code))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a location with this code already exists")));
    }

    @Test
    void editsEverythingButTheCode() throws Exception {
        String code = location();
        mvc.perform(get("/admin/inventory/locations/" + code + "/edit").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Main " + code + "\"")))
                .andExpect(content().string(containsString("readonly")));
        mvc.perform(form(post("/admin/inventory/locations/" + code + "/edit"), "IGNORED", "name", "Renamed",
                        "priority", "7", "_active", "on"))
                .andExpect(status().isFound());
        LocationView edited = inventory.location(code);
        assertThat(edited.name()).isEqualTo("Renamed");
        assertThat(edited.type()).isEqualTo(LocationType.STORE);
        assertThat(edited.priority()).isEqualTo(7);
        assertThat(edited.active()).isFalse();
        mvc.perform(get("/admin/inventory/locations").with(MANAGER))
                .andExpect(content().string(containsString("Inactive")));
    }

    @Test
    void viewerAndSupportCannotChangeLocations() throws Exception {
        String code = location();
        for (String role : new String[] {"VIEWER", "SUPPORT"}) {
            RequestPostProcessor staff = user(role.toLowerCase()).roles(role);
            mvc.perform(get("/admin/inventory/locations").with(staff))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("/admin/inventory/locations/new"))));
            mvc.perform(get("/admin/inventory/locations/new").with(staff)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/inventory/locations/" + code + "/edit").with(staff))
                    .andExpect(status().isForbidden());
            mvc.perform(form(post("/admin/inventory/locations/" + code + "/edit"), code, staff, "name", "Hacked"))
                    .andExpect(status().isForbidden());
            mvc.perform(form(post("/admin/inventory/locations/new"), TestData.unique("NOPE"), staff))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/inventory/locations/" + code + "/edit").with(MANAGER).param("name", "No token"))
                .andExpect(status().isForbidden());
        assertThat(inventory.location(code).name()).isEqualTo("Main " + code);
    }

    /** A complete, valid form with a CSRF token, as MANAGER; {@code overrides} are name, value pairs. */
    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String code,
                                                      String... overrides) {
        return form(request, code, MANAGER, overrides);
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String code,
                                                      RequestPostProcessor staff, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("code", code, "name", "Store " + code,
                "type", "STORE", "line1", "1 Quay Street", "line2", "", "city", "Harbour", "region", "",
                "postalCode", "12345", "country", "de"));
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        fields.forEach(request::param);
        return request.with(staff).with(csrf());
    }

    private String location() {
        String code = TestData.unique("LOC");
        inventory.createLocation(new CreateLocation(code, "Main " + code, LocationType.WAREHOUSE,
                new Address("1 Dock Road", null, "Harbour", null, "12345", "US"), null, null, 10));
        return code;
    }
}
