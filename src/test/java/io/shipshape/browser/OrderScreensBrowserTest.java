package io.shipshape.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.shipshape.TestData;
import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.CreateProduct;
import io.shipshape.inventory.Address;
import io.shipshape.inventory.CreateLocation;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.LocationType;
import io.shipshape.inventory.SetStockCount;
import io.shipshape.orders.Channel;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderView;
import io.shipshape.orders.PlaceOrder;
import io.shipshape.orders.PostalAddress;
import io.shipshape.shared.Money;
import io.shipshape.web.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The order screens in Chromium: search the list and open an order (adding a note), and enter a phone order with the
 * live customer and product search and the totals preview, then find it in the list with its stock reserved.
 */
class OrderScreensBrowserTest extends BrowserTest {

    @Autowired
    CatalogManagement catalog;
    @Autowired
    InventoryManagement inventory;
    @Autowired
    OrderManagement orders;

    @Test
    void searchesAnOrderByNumberAndOpensIt() {
        String sku = stockedProduct(20);
        List<OrderView> placed = List.of(order(sku, "Greta Gale", 1), order(sku, "Hugo Hale", 2), order(sku, "Iris Ivy", 1));
        OrderView wanted = placed.get(1);
        signInAs(Role.SUPPORT);

        open("/admin/orders");
        find("#q").sendKeys(wanted.number());
        waitFor(d -> d.findElements(By.cssSelector("#orders tbody tr")).size() == 1
                && d.findElement(By.cssSelector("#orders tbody")).getText().contains(wanted.number()));
        assertThat(browser.getCurrentUrl()).contains("q=" + wanted.number());
        screenshot("orders-list");

        click(By.linkText(wanted.number()));
        waitForText("Order " + wanted.number());
        assertThat(find("#lines").getText()).contains(sku, "20.00 USD");
        find("#add-note textarea").sendKeys("Customer asked for gift wrap");
        find("#add-note button").click();
        waitForText("Note added.");
        assertThat(find("#timeline").getText()).contains("Customer asked for gift wrap");
        screenshot("order-page");
    }

    @Test
    void entersAPhoneOrderThatShowsInTheListWithItsStockReserved() {
        String sku = stockedProduct(5);
        String email = TestData.unique("caller").toLowerCase() + "@example.com";
        orders.place(command(sku, email, "Carla Caller", 1));
        signInAs(Role.SUPPORT);

        open("/admin/orders/new");
        find("#email").sendKeys(email);
        find("#customer-matches [data-customer-email]").click();
        assertThat(find("#name").getAttribute("value")).isEqualTo("Carla Caller");
        fill("line1", "7 Harbour Lane");
        fill("postalCode", "90210");
        fill("city", "Seaside");
        fill("country", "US");

        find("#product-query").sendKeys(sku);
        find("#product-list .add-line").click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("quote-total"), "10.00 USD"));
        assertThat(find("#lines-body").getText()).contains("Lantern " + sku);
        quantity("9");
        waitForText("Only 4 available");
        find("#save").click();
        waitForText("Insufficient stock");
        assertThat(find("#email").getAttribute("value")).isEqualTo(email);
        screenshot("order-new-problem");

        quantity("3");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("quote-total"), "30.00 USD"));
        scrollTo("#entry-lines");
        screenshot("order-new");
        find("#save").click();
        waitForText("saved.");
        String number = find("h1").getText().replace("Order ", "");
        open("/admin/orders?q=" + email);
        waitFor(d -> d.findElement(By.id("orders")).getText().contains(number));
        assertThat(inventory.stockOf(sku).reserved()).isEqualTo(1 + 3);
    }

    /** Sets the quantity of the first line; leaving the field refreshes the totals. */
    private void quantity(String value) {
        WebElement quantity = find("#lines-body input[name=quantity]");
        quantity.clear();
        quantity.sendKeys(value, Keys.TAB);
    }

    private void scrollTo(String css) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", find(css));
    }

    private void fill(String name, String value) {
        browser.findElement(By.name(name)).sendKeys(value);
    }

    private String stockedProduct(int onHand) {
        String warehouse = TestData.unique("WH");
        inventory.createLocation(new CreateLocation(warehouse, "Warehouse " + warehouse, LocationType.WAREHOUSE,
                new Address("1 Dock Road", null, "Harbour", null, "12345", "US"), null, null, 10));
        String sku = TestData.unique("LAMP");
        catalog.create(new CreateProduct(sku, "Lantern " + sku, Money.of(1000, "USD"), null, null, false));
        inventory.setCount(new SetStockCount(sku, warehouse, onHand, null, null, null, "test", "test"));
        return sku;
    }

    private OrderView order(String sku, String name, int quantity) {
        return orders.place(command(sku, TestData.unique("buyer").toLowerCase() + "@example.com", name, quantity));
    }

    private static PlaceOrder command(String sku, String email, String name, int quantity) {
        return new PlaceOrder(Channel.WEB, null, new PlaceOrder.CustomerData(email, name, null),
                new PostalAddress(name, "1 Main St", null, "Springfield", null, "12345", "US", null), null,
                List.of(new PlaceOrder.Line(sku, quantity, null)), null, null, null, null, null, null, null, "test");
    }
}
