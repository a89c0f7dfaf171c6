package io.shipshape.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import io.shipshape.ApiClient;
import io.shipshape.HttpApi;
import io.shipshape.TestData;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public tracking page on a phone (390 x 844, an iPhone 12-14): no sign-in, the status and items readable
 * without sideways scrolling, nothing private on it; a shipped parcel with its carrier link and a click and collect
 * order ready at its store; "Return items" only once something has left. Screenshots under
 * {@code target/screenshots/} ({@code tracking-page-phone.png}, {@code -shipped-phone}, {@code -pickup-phone}).
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
        assertThat(browser.findElements(By.id("return-items"))).as("nothing has shipped: nothing to return").isEmpty();
        assertThat(find("#contact-us").isDisplayed()).isTrue();
        screenshot("tracking-page-phone");
    }

    @Test
    void aShippedParcelShowsItsCarrierLinkAndOffersReturnsOnAPhone() {
        HttpApi api = new HttpApi(port, ApiClient.ADMIN_KEY);
        String warehouse = api.warehouse(1);
        String lamp = product(api, "Desk lamp, brass", 4500);
        api.count(lamp, warehouse, 5);
        HttpApi.Response placed = place(api, lamp, """
                "shippingAddress": {"name": "Pia Parcel", "line1": "3 Quay", "city": "Porto", "postalCode": "4000",
                                    "country": "PT"},
                "shippingMethod": {"code": "standard", "price": {"amount": 490, "currency": "USD"}}""");
        String fulfillment = fulfillmentOf(api, placed.body().get("id").asText());
        assertThat(api.post("/api/v1/fulfillments/" + fulfillment + "/pack", """
                {"lines": [{"sku": "%s", "quantity": 1}]}""".formatted(lamp)).status()).isEqualTo(200);
        HttpApi.Response shipped = api.post("/api/v1/fulfillments/" + fulfillment + "/ship",
                "{\"carrier\": \"UPS\", \"trackingNumber\": \"1Z999AA10123456784\"}");
        assertThat(shipped.status()).isEqualTo(200);
        String carrierUrl = shipped.body().get("trackingUrl").asText();

        browser.manage().window().setSize(new Dimension(390, 844));
        String trackingUrl = placed.body().get("trackingUrl").asText();
        open(trackingUrl.substring(trackingUrl.indexOf("/track/")));

        assertThat(find("#status-title").getText()).isEqualTo("On its way");
        assertThat(find("#shipments").getText()).contains("UPS", "1Z999AA10123456784", "Desk lamp, brass");
        var carrierLink = find("#shipments a.carrier-link");
        assertThat(carrierLink.isDisplayed()).isTrue();
        assertThat(carrierLink.getAttribute("href")).isEqualTo(carrierUrl);
        assertThat(carrierLink.getText()).isEqualTo("Track with UPS");
        assertThat(find("#return-items").isDisplayed()).as("a parcel has left: returns are offered").isTrue();
        assertNoSidewaysScroll();
        screenshot("tracking-page-shipped-phone");
    }

    @Test
    void aClickAndCollectOrderReadyAtTheStoreShowsWhereToCollectItOnAPhone() {
        HttpApi api = new HttpApi(port, ApiClient.ADMIN_KEY);
        String store = TestData.unique("ST");
        assertThat(api.post("/api/v1/locations", """
                {"code": "%s", "name": "Harbour Store", "type": "STORE", "priority": 1,
                 "address": {"line1": "12 Market Square", "city": "Harbour", "postalCode": "12345",
                             "country": "US"}}""".formatted(store)).status()).isEqualTo(201);
        String plant = product(api, "Potted fern, small", 1500);
        api.count(plant, store, 5);
        HttpApi.Response placed = place(api, plant, """
                "locationCode": "%s",
                "shippingMethod": {"code": "pickup", "price": {"amount": 0, "currency": "USD"}}""".formatted(store));
        String fulfillment = fulfillmentOf(api, placed.body().get("id").asText());
        assertThat(api.post("/api/v1/fulfillments/" + fulfillment + "/pack", """
                {"lines": [{"sku": "%s", "quantity": 1}]}""".formatted(plant)).status()).isEqualTo(200);

        browser.manage().window().setSize(new Dimension(390, 844));
        String trackingUrl = placed.body().get("trackingUrl").asText();
        open(trackingUrl.substring(trackingUrl.indexOf("/track/")));

        assertThat(find("#status-title").getText()).isEqualTo("Ready for pickup");
        assertThat(find("#pickup").getText()).contains("Ready to collect", "Harbour Store", "12 Market Square");
        assertThat(browser.findElements(By.id("return-items"))).as("not collected yet: nothing to return").isEmpty();
        assertNoSidewaysScroll();
        screenshot("tracking-page-pickup-phone");
    }

    private HttpApi.Response place(HttpApi api, String sku, String delivery) {
        String email = TestData.unique("trk").toLowerCase() + "@example.com";
        HttpApi.Response placed = api.post("/api/v1/orders", """
                {"channel": "WEB", "customer": {"email": "%s", "name": "Pia Parcel"},
                 "lines": [{"sku": "%s", "quantity": 1}], %s}""".formatted(email, sku, delivery));
        assertThat(placed.status()).as(placed.body().toString()).isEqualTo(201);
        return placed;
    }

    /** Waits for order processing to release the order and answers its (first) fulfillment order's id. */
    private static String fulfillmentOf(HttpApi api, String orderId) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/v1/fulfillments?orderId=" + orderId).body().get("items").size() > 0);
        return api.get("/api/v1/fulfillments?orderId=" + orderId).body().get("items").get(0).get("id").asText();
    }

    private void assertNoSidewaysScroll() {
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0L);
    }

    private static String product(HttpApi api, String name, long price) {
        String sku = TestData.unique("TRK");
        HttpApi.Response created = api.post("/api/v1/products", """
                {"sku": "%s", "name": "%s", "price": {"amount": %d, "currency": "USD"}}""".formatted(sku, name, price));
        assertThat(created.status()).isEqualTo(201);
        return sku;
    }
}
