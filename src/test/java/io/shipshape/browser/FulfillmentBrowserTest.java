package io.shipshape.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.shipshape.ApiClient;
import io.shipshape.HttpApi;
import io.shipshape.TestData;
import io.shipshape.fulfillment.FulfillmentManagement;
import io.shipshape.orders.OrderId;
import io.shipshape.web.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A warehouse clerk works an order through the back office: finds it in the queue, starts picking, packs it by
 * scanning (a keyboard-wedge scanner types the code and Enter; the input keeps focus), ships it with a carrier
 * and tracking number, and sees the order's fulfillment panel and timeline show the shipment.
 */
class FulfillmentBrowserTest extends BrowserTest {

    @Autowired
    FulfillmentManagement fulfillment;

    @Test
    void picksPacksByScanningAndShipsAnOrder() {
        HttpApi api = new HttpApi(port, ApiClient.ADMIN_KEY);
        String wh = api.warehouse(1);
        String sku = TestData.unique("MUG");
        String barcode = String.valueOf(400_000_000_000L + (System.nanoTime() % 99_999_999L));
        api.post("/api/v1/products", """
                {"sku": "%s", "name": "Enamel mug", "price": {"amount": 1200, "currency": "USD"}, "barcode": "%s"}"""
                .formatted(sku, barcode));
        api.count(sku, wh, 10);
        HttpApi.Response placed = api.post("/api/v1/orders", """
                {"channel": "WEB", "customer": {"email": "%s@example.com", "name": "Grace Hopper"},
                 "shippingAddress": {"name": "Grace Hopper", "line1": "2 Main Street", "city": "Town",
                                     "postalCode": "10115", "country": "US"},
                 "lines": [{"sku": "%s", "quantity": 2}]}""".formatted(UUID.randomUUID(), sku));
        assertThat(placed.status()).isEqualTo(201);
        String orderId = placed.body().get("id").asString();
        String number = placed.body().get("number").asString();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> !fulfillment.ofOrder(new OrderId(UUID.fromString(orderId))).isEmpty()); // released

        signInAs(Role.WAREHOUSE);
        open("/admin");
        browser.findElement(By.linkText("Fulfillment")).click();
        new Select(find("#filter-location")).selectByValue(wh);
        find("#queue-filter button[type=submit]").click();
        waitForText(number);
        browser.findElement(By.xpath("//table[@id='queue']//tr[td/a='" + number + "']//a[text()='Open']")).click();
        find("#start-picking").click();
        waitFor(ExpectedConditions.textToBe(By.id("fulfillment-status"), "PICKING"));

        find("#scan").sendKeys(barcode + Keys.ENTER);
        waitFor(ExpectedConditions.textToBe(By.id("scan-result"), "Packed 1 of 2 x " + sku));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("scan"); // focus stays for the next scan
        browser.switchTo().activeElement().sendKeys("WRONG-ITEM" + Keys.ENTER);
        waitFor(ExpectedConditions.textToBe(By.id("scan-result"), "Wrong item: WRONG-ITEM is not in this order"));
        browser.switchTo().activeElement().sendKeys(sku.toLowerCase() + Keys.ENTER);
        waitFor(ExpectedConditions.textToBe(By.id("scan-result"), "Packed 2 of 2 x " + sku));
        assertThat(find(".packed-count").getAttribute("value")).isEqualTo("2");
        assertThat(find("#mismatches").getText()).isEqualTo("1 packing mismatch(es) recorded");
        screenshot("fulfillment-pack-by-scanning");
        find("#confirm-pack").click();
        waitForText("Packed 2 of 2 unit(s).");

        new Select(find("#carrier")).selectByValue("FEDEX");
        find("#tracking").sendKeys("794698765432");
        find("#ship").click();
        waitForText("Shipped 2 unit(s) with FEDEX 794698765432.");
        assertThat(find("#tracking-link").getAttribute("href")).contains("794698765432");

        open("/admin/orders/" + orderId);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("fulfillment-panel"), "SHIPPED"));
        assertThat(find("#timeline").getText()).contains("Shipped from " + wh + " by FedEx, tracking 794698765432");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('fulfillment-panel').scrollIntoView()");
        screenshot("fulfillment-order-shipped");
    }
}
