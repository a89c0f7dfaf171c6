package io.shipshape.web.admin;

import io.shipshape.ShipshapeTest;
import io.shipshape.TestData;
import io.shipshape.web.security.ApiKeyManagement;
import io.shipshape.web.security.Role;
import io.shipshape.web.security.StaffUserManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Settings pages: only ADMIN manages users and API keys, forms need CSRF, nobody locks themselves out. */
@ShipshapeTest
class SettingsAdminTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffUserManagement users;
    @Autowired
    ApiKeyManagement apiKeys;

    @Test
    void adminSeesUsersAndKeys() throws Exception {
        mvc.perform(get("/admin/settings/users").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("New user")));
        mvc.perform(get("/admin/settings/api-keys").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("New API key")));
    }

    @Test
    void otherRolesAreRefusedUserAndKeyManagement() throws Exception {
        for (String role : new String[] {"MANAGER", "WAREHOUSE", "SUPPORT", "VIEWER"}) {
            mvc.perform(get("/admin/settings/users").with(user("x").roles(role))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/settings/api-keys").with(user("x").roles(role))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/settings/api-keys").param("name", "sneaky").param("scopes", "ADMIN")
                    .with(user("x").roles(role)).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/settings").with(user("x").roles("VIEWER"))).andExpect(status().isOk());
    }

    @Test
    void signedOutVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/settings/users")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void htmxRequestAfterSessionExpiryRedirectsTheWholePageToLogin() throws Exception {
        mvc.perform(get("/admin/catalog").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("HX-Redirect", "/login"));
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/admin/settings/users").param("username", TestData.unique("u"))
                .param("password", "longenough").param("roles", "VIEWER").with(user("admin").roles("ADMIN")))
                .andExpect(status().isForbidden());
    }

    @Test
    void adminCreatesAUserWhoCanSignIn() throws Exception {
        String name = TestData.unique("clerk").toLowerCase();
        mvc.perform(post("/admin/settings/users").param("username", name).param("password", "clerk-password-1")
                        .param("roles", "SUPPORT").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flashSuccess"));
        assertThat(users.get(name).roles()).containsExactly(Role.SUPPORT);
        mvc.perform(formLogin("/login").user(name).password("clerk-password-1"))
                .andExpect(redirectedUrl("/admin"));
        mvc.perform(formLogin("/login").user(name).password("wrong-password"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void disabledUserCannotSignIn() throws Exception {
        String name = TestData.unique("gone").toLowerCase();
        users.create(name, name, "gone-password-1", java.util.Set.of(Role.VIEWER));
        mvc.perform(post("/admin/settings/users/" + name).param("roles", "VIEWER")
                .with(user("admin").roles("ADMIN")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(users.get(name).enabled()).isFalse();
        mvc.perform(formLogin("/login").user(name).password("gone-password-1")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void adminCannotDisableThemselves() throws Exception {
        String name = TestData.unique("boss").toLowerCase();
        users.create(name, name, "boss-password-1", java.util.Set.of(Role.ADMIN));
        mvc.perform(post("/admin/settings/users/" + name).param("roles", "VIEWER")
                        .header("Referer", "http://localhost/admin/settings/users/" + name)
                        .with(user(name).roles("ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashProblem"));
        assertThat(users.get(name).enabled()).isTrue();
        assertThat(users.get(name).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void shortPasswordIsShownAsProblemAndNothingIsCreated() throws Exception {
        String name = TestData.unique("short").toLowerCase();
        mvc.perform(post("/admin/settings/users").param("username", name).param("password", "short")
                        .param("roles", "VIEWER").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flashProblem"));
        assertThat(users.list()).noneMatch(u -> u.username().equals(name));
    }

    @Test
    void createdKeySecretIsShownOnceAndRevokingRefusesIt() throws Exception {
        String name = TestData.unique("shop");
        var result = mvc.perform(post("/admin/settings/api-keys").param("name", name).param("scopes", "ORDERS_WRITE")
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("newSecret")).andReturn();
        String secret = (String) result.getFlashMap().get("newSecret");
        assertThat(apiKeys.verify(secret)).isPresent();
        var key = apiKeys.list().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
        mvc.perform(get("/admin/settings/api-keys").with(user("admin").roles("ADMIN")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(secret))));
        mvc.perform(post("/admin/settings/api-keys/" + key.id() + "/revoke").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(apiKeys.verify(secret)).isEmpty();
    }
}
