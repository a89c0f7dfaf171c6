package io.shipshape.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.shipshape.inventory.NewSourcingRule;
import io.shipshape.inventory.SourcingRule;
import io.shipshape.inventory.SourcingRuleType;
import io.shipshape.inventory.SourcingRules;
import io.shipshape.web.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** Warehouse staff move PRIORITY ahead of DESTINATION_COUNTRY and disable NEAREST on the sourcing rule screen. */
class SourcingRuleBrowserTest extends BrowserTest {

    @Autowired
    SourcingRules rules;

    @AfterEach
    void restoreTheDefaultList() {
        rules.replace(List.of(SourcingRuleType.ORDER_LOCATION, SourcingRuleType.DESTINATION_COUNTRY,
                SourcingRuleType.FEWEST_LOCATIONS, SourcingRuleType.NEAREST, SourcingRuleType.PRIORITY).stream()
                .map(t -> new NewSourcingRule(null, t, true, null)).toList());
    }

    @Test
    void reordersAndDisablesRules() {
        restoreTheDefaultList();
        signInAs(Role.WAREHOUSE);
        open("/admin/inventory/sourcing-rules");
        for (int i = 0; i < 3; i++) {
            find("#rule-PRIORITY button.move-up").click();
            waitForText("PRIORITY moved to position " + (4 - i) + ".");
        }
        find("#rule-NEAREST button.toggle").click();
        waitForText("NEAREST disabled.");

        List<String> order = browser.findElements(By.cssSelector("#sourcing-rules tr[id^=rule-] code")).stream()
                .map(e -> e.getText()).toList();
        assertThat(order).containsExactly("ORDER_LOCATION", "PRIORITY", "DESTINATION_COUNTRY", "FEWEST_LOCATIONS",
                "NEAREST");
        assertThat(find("#rule-NEAREST").getText()).contains("Disabled");
        assertThat(rules.list()).extracting(SourcingRule::type).element(1).isEqualTo(SourcingRuleType.PRIORITY);
        screenshot("sourcing-rules");
    }
}
