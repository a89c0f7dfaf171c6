package io.shipshape.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import io.shipshape.ShipshapeServerTest;
import io.shipshape.TestData;
import io.shipshape.web.security.Role;
import io.shipshape.web.security.StaffUserManagement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the back-office browser tests: the real server on a random port, driven by Debian's headless
 * Chromium through chromedriver (installed by .ci/run when missing; nothing is downloaded). One browser per
 * test class; each test starts signed out. Screenshots go to {@code target/screenshots/}.
 */
@ShipshapeServerTest
public abstract class BrowserTest {

    static final String CHROMIUM = System.getProperty("shipshape.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("shipshape.chromedriver", "/usr/bin/chromedriver");
    private static ChromeDriver shared;

    @LocalServerPort
    protected int port;

    @Autowired
    protected StaffUserManagement staff;

    protected WebDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        if (shared == null) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1366,900",
                    "--user-data-dir=" + Files.createTempDirectory("shipshape-chromium"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            shared = new ChromeDriver(service, options);
            shared.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        }
        browser = shared;
    }

    @AfterEach
    void signOutEverywhere() {
        browser.manage().deleteAllCookies();
    }

    @AfterAll
    static void closeBrowser() {
        if (shared != null) {
            shared.quit();
            shared = null;
        }
    }

    /** A URL of the server under test. */
    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    /** Creates a staff user with these roles and returns its username (password: {@link #PASSWORD}). */
    protected String user(Role... roles) {
        String username = TestData.unique("staff").toLowerCase();
        staff.create(username, "Test " + username, PASSWORD, roles.length == 0 ? EnumSet.of(Role.VIEWER)
                : EnumSet.copyOf(Set.of(roles)));
        return username;
    }

    protected static final String PASSWORD = "correct-horse-battery";

    /** Signs in through the login form and waits for the dashboard. */
    protected void signIn(String username, String password) {
        open("/login");
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    protected void signInAs(Role... roles) {
        signIn(user(roles), PASSWORD);
    }

    protected WebElement find(String css) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Waits for the condition, polling again when the page changed under a poll: a navigation or an htmx swap between
     * finding an element and reading it leaves it stale, or detached ("Node ... does not belong to the document").
     * A lasting failure still ends the wait after 10 s, with the last error as the cause.
     */
    protected <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class).until(condition);
    }

    /**
     * Clicks the element once it is there, finding it again if htmx swapped it out between finding and clicking
     * (live searches replace their results on every keystroke, which leaves a found element stale).
     */
    protected void click(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
                    if (element == null) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    /** Waits until the page body contains this text. */
    protected void waitForText(String text) {
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    /** Saves a screenshot as {@code target/screenshots/<name>.png}. */
    protected void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
