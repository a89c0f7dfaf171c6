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

import io.shipshape.ShipshapeTest;
import io.shipshape.inventory.NewSourcingRule;
import io.shipshape.inventory.SourcingRule;
import io.shipshape.inventory.SourcingRuleType;
import io.shipshape.inventory.SourcingRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The sourcing rule screen: the ordered list, move, disable, delete and add, and who may change it. */
@ShipshapeTest
class SourcingRuleAdminTest {

    static final RequestPostProcessor WAREHOUSE = user("warehouse").roles("WAREHOUSE");
    static final RequestPostProcessor SUPPORT = user("support").roles("SUPPORT");

    @Autowired
    MockMvc mvc;
    @Autowired
    SourcingRules rules;

    @AfterEach
    void restoreTheDefaultList() {
        rules.replace(defaults());
    }

    static List<NewSourcingRule> defaults() {
        return List.of(SourcingRuleType.ORDER_LOCATION, SourcingRuleType.DESTINATION_COUNTRY,
                SourcingRuleType.FEWEST_LOCATIONS, SourcingRuleType.NEAREST, SourcingRuleType.PRIORITY).stream()
                .map(t -> new NewSourcingRule(null, t, true, null)).toList();
    }

    private SourcingRule rule(SourcingRuleType type) {
        return rules.list().stream().filter(r -> r.type() == type).findFirst().orElseThrow();
    }

    @Test
    void movesDisablesDeletesAndAddsRulesWithARedirectEachTime() throws Exception {
        mvc.perform(get("/admin/inventory/sourcing-rules").with(WAREHOUSE)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rule-PRIORITY\"")));

        mvc.perform(post("/admin/inventory/sourcing-rules/" + rule(SourcingRuleType.PRIORITY).id() + "/move")
                        .param("direction", "up").with(WAREHOUSE).with(csrf()))
                .andExpect(redirectedUrl("/admin/inventory/sourcing-rules"))
                .andExpect(flash().attribute("flashSuccess", "PRIORITY moved to position 4."));
        mvc.perform(post("/admin/inventory/sourcing-rules/" + rule(SourcingRuleType.NEAREST).id() + "/enabled")
                        .param("enabled", "false").with(WAREHOUSE).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "NEAREST disabled."));
        mvc.perform(post("/admin/inventory/sourcing-rules/" + rule(SourcingRuleType.FEWEST_LOCATIONS).id() + "/delete")
                        .with(WAREHOUSE).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "FEWEST_LOCATIONS removed."));
        mvc.perform(post("/admin/inventory/sourcing-rules").param("type", "FEWEST_LOCATIONS").param("position", "1")
                        .with(WAREHOUSE).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "FEWEST_LOCATIONS added at position 1."));

        assertThat(rules.list()).extracting(SourcingRule::type).containsExactly(SourcingRuleType.FEWEST_LOCATIONS,
                SourcingRuleType.ORDER_LOCATION, SourcingRuleType.DESTINATION_COUNTRY, SourcingRuleType.PRIORITY,
                SourcingRuleType.NEAREST);
        assertThat(rule(SourcingRuleType.NEAREST).enabled()).isFalse();
    }

    @Test
    void showsAProblemWhenAMoveGoesPastTheEnd() throws Exception {
        mvc.perform(post("/admin/inventory/sourcing-rules/" + rule(SourcingRuleType.PRIORITY).id() + "/move")
                        .param("direction", "down").with(WAREHOUSE).with(csrf()))
                .andExpect(redirectedUrl("/admin/inventory/sourcing-rules"))
                .andExpect(flash().attributeExists("flashProblem"));
        assertThat(rule(SourcingRuleType.PRIORITY).position()).isEqualTo(5);
    }

    @Test
    void staffWithoutInventoryWriteSeeTheListButCannotChangeIt() throws Exception {
        mvc.perform(get("/admin/inventory/sourcing-rules").with(SUPPORT)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("class=\"move-up\""))));
        mvc.perform(post("/admin/inventory/sourcing-rules/" + rule(SourcingRuleType.PRIORITY).id() + "/delete")
                        .with(SUPPORT).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(rules.list()).hasSize(5);
    }
}
