package io.shipshape.browser;

import io.shipshape.TestData;
import io.shipshape.web.security.ApiKeyManagement;
import io.shipshape.web.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator creates an API key in the back office, sees its secret once, and revokes it. */
class ApiKeyBrowserTest extends BrowserTest {

    @Autowired
    ApiKeyManagement apiKeys;

    @Test
    void createAndRevokeAnApiKey() {
        signInAs(Role.ADMIN);
        open("/admin/settings/api-keys");
        String name = TestData.unique("web shop");
        find("#new-key input[name=name]").sendKeys(name);
        browser.findElement(By.cssSelector("#new-key input[value=ORDERS_WRITE]")).click();
        browser.findElement(By.cssSelector("#new-key button[type=submit]")).click();
        String secret = find("#new-secret .secret").getText();
        screenshot("api-keys");
        assertThat(secret).startsWith("ss_");
        assertThat(apiKeys.verify(secret)).isPresent();

        open("/admin/settings/api-keys");
        assertThat(browser.findElements(By.cssSelector("#new-secret"))).isEmpty();
        var row = browser.findElements(By.cssSelector("#api-keys tr")).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
        row.findElement(By.cssSelector("button.danger")).click();
        browser.switchTo().alert().accept();
        waitForText("revoked");
        assertThat(apiKeys.verify(secret)).isEmpty();
    }

    @Test
    void userManagementCreatesAUser() {
        signInAs(Role.ADMIN);
        open("/admin/settings/users");
        String username = TestData.unique("packer").toLowerCase();
        find("#new-user input[name=username]").sendKeys(username);
        browser.findElement(By.cssSelector("#new-user input[name=password]")).sendKeys("packer-password");
        browser.findElement(By.cssSelector("#new-user input[value=WAREHOUSE]")).click();
        browser.findElement(By.cssSelector("#new-user button[type=submit]")).click();
        waitForText("User " + username + " created.");
        screenshot("users");
        assertThat(staff.get(username).roles()).containsExactly(Role.WAREHOUSE);
    }
}
