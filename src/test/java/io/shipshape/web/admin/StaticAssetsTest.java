package io.shipshape.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shipshape.ShipshapeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The back office's static files are served from /admin/assets and /webjars (and springdoc's from /swagger-ui), so that the links every page
 * renders are not each looked up as a possible static file (see spring.mvc.static-path-pattern).
 */
@ShipshapeTest
class StaticAssetsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ResourceUrlProvider resources;

    @Test
    void servesTheAssetsAndWebjarsWithoutSigningIn() throws Exception {
        mvc.perform(get("/admin/assets/admin.css")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"));
        mvc.perform(get("/admin/assets/admin.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/chart.js/dist/chart.umd.js")).andExpect(status().isOk());
    }

    @Test
    void pagesAreNotStaticResourcePaths() {
        // Springdoc adds its swagger-ui paths; what matters is that no catch-all /** pattern is among them.
        assertThat(resources.getHandlerMap()).containsKeys("/admin/assets/**", "/webjars/**").doesNotContainKey("/**");
        assertThat(resources.getForLookupPath("/admin/orders/0195b1a2-0000-7000-8000-000000000000")).isNull();
    }
}
