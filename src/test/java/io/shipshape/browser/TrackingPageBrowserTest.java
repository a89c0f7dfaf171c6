package io.shipshape.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.shipshape.ApiClient;
import io.shipshape.HttpApi;
import io.shipshape.TestData;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public tracking page on a phone (390 x 844, an iPhone 12-14): no sign-in, the status and items readable
 * without sideways scrolling, nothing private on it. Screenshot: {@code target/screenshots/tracking-page-phone.png}.
 */
class TrackingPageBrowserTest extends BrowserTest {

    @Autowired
    OrderManagement orders;

    @AfterEach
    void desktopWindowAgain() {
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    @Test
    void trackingPageFitsAPhoneAndShowsTheOrderWithoutAnythingPrivate() {
        HttpApi api = new HttpApi(port, ApiClient.ADMIN_KEY);
        String warehouse = api.warehouse(1);
        String tote = product(api, "Canvas tote bag, natural", 1990);
        String mug = product(api, "Enamel mug, white", 1200);
        api.count(tote, warehouse, 10);
        api.count(mug, warehouse, 10);
        String email = TestData.unique("phone").toLowerCase() + "@example.com";
        HttpApi.Response placed = api.post("/api/v1/orders", """
                {"channel": "WEB", "customer": {"email": "%s", "name": "Mara Phone"},
                 "shippingAddress": {"name": "Mara Phone", "line1": "8 Hidden Court", "city": "Lyon",
                                     "postalCode": "69001", "country": "FR"},
                 "lines": [{"sku": "%s", "quantity": 2}, {"sku": "%s", "quantity": 1}],
                 "shippingMethod": {"code": "standard", "price": {"amount": 490, "currency": "USD"}}}"""
                .formatted(email, tote, mug));
        assertThat(placed.status()).isEqualTo(201);
        String trackingUrl = placed.body().get("trackingUrl").asText();
        OrderId id = new OrderId(UUID.fromString(placed.body().get("id").asText()));
        orders.addNote(id, "Gift for Mara's sister, staff-only note", "support-1");

        browser.manage().window().setSize(new Dimension(390, 844));
        open(trackingUrl.substring(trackingUrl.indexOf("/track/")));

        // processing may already have confirmed the order and released it to the warehouse
        assertThat(find("#status-title").getText()).isIn("Order received", "Confirmed", "Being prepared");
        assertThat(find("#order-number").getText()).isEqualTo(placed.body().get("number").asText());
        assertThat(find("#items").getText()).contains("Canvas tote bag, natural", "× 2", "Enamel mug, white",
                "Delivering to Lyon, FR");
        assertThat(find("#timeline").getText()).contains("Order placed");
        String page = browser.getPageSource();
        assertThat(page).doesNotContain(email, "Hidden Court", "69001", "Mara", "staff-only", "support-1");
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0L);
        Long statusWidth = (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.round(document.getElementById('status').getBoundingClientRect().width);");
        assertThat(statusWidth).as("cards use the phone's width").isGreaterThan(330L);
        screenshot("tracking-page-phone");
    }

    private static String product(HttpApi api, String name, long price) {
        String sku = TestData.unique("TRK");
        HttpApi.Response created = api.post("/api/v1/products", """
                {"sku": "%s", "name": "%s", "price": {"amount": %d, "currency": "USD"}}""".formatted(sku, name, price));
        assertThat(created.status()).isEqualTo(201);
        return sku;
    }
}
