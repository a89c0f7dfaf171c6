package io.shipshape.browser;

import io.shipshape.web.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff sign in with the form, see the shell with their name, and sign out; wrong passwords are refused. */
class SignInBrowserTest extends BrowserTest {

    @Test
    void bootstrapAdminSignsInAndOut() {
        open("/login");
        screenshot("login");
        signIn("admin", "test-admin-password");
        assertThat(browser.getCurrentUrl()).endsWith("/admin");
        assertThat(find(".topbar .who").getText()).contains("admin").contains("ADMIN");
        assertThat(browser.findElements(By.cssSelector("nav.nav a"))).extracting(e -> e.getText())
                .contains("Dashboard", "Settings");
        screenshot("dashboard");
        find(".topbar form button").click();
        waitForText("You have signed out");
        open("/admin");
        assertThat(browser.getCurrentUrl()).contains("/login");
    }

    @Test
    void wrongPasswordIsRefused() {
        open("/login");
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys("not-the-password");
        browser.findElement(By.id("sign-in")).click();
        waitForText("Wrong username or password");
        assertThat(browser.getCurrentUrl()).contains("/login?error");
    }

    @Test
    void viewerCannotReachUserManagement() {
        signInAs(Role.VIEWER);
        assertThat(browser.findElements(By.cssSelector("a[href='/admin/settings/users']"))).isEmpty();
        open("/admin/settings/users");
        waitForText("Forbidden");
        screenshot("forbidden");
    }
}
