package io.shipshape.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.shipshape.TestData;
import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.CreateProduct;
import io.shipshape.fulfillment.FulfillmentManagement;
import io.shipshape.fulfillment.FulfillmentView;
import io.shipshape.fulfillment.PackLine;
import io.shipshape.fulfillment.ShipFulfillment;
import io.shipshape.inventory.Address;
import io.shipshape.inventory.CreateLocation;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.LocationType;
import io.shipshape.inventory.SetStockCount;
import io.shipshape.orders.Channel;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderPayments;
import io.shipshape.orders.OrderView;
import io.shipshape.orders.PlaceOrder;
import io.shipshape.orders.PostalAddress;
import io.shipshape.payments.PaymentManagement;
import io.shipshape.shared.Money;
import io.shipshape.web.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager takes a return through the back office: requests it on the order page, approves it, receives the
 * parcel with a scanner (one resellable, one damaged) and refunds it; stock and the payment change accordingly.
 */
class ReturnBrowserTest extends BrowserTest {

    @Autowired
    CatalogManagement catalog;
    @Autowired
    InventoryManagement inventory;
    @Autowired
    OrderManagement orders;
    @Autowired
    OrderPayments port;
    @Autowired
    PaymentManagement payments;
    @Autowired
    FulfillmentManagement fulfillment;

    @Test
    void requestApproveReceiveAndRefundAReturn() {
        String location = TestData.unique("RET");
        inventory.createLocation(new CreateLocation(location, "Returns dock " + location, LocationType.WAREHOUSE,
                new Address("1 Dock Road", null, "Harbour", null, "12345", "US"), null, null, 10));
        String sku = TestData.unique("JACKET");
        catalog.create(new CreateProduct(sku, "Rain jacket", Money.of(4500, "USD"), null, null, false));
        inventory.setCount(new SetStockCount(sku, location, 5, null, null, null, null, "test"));
        OrderView order = orders.place(new PlaceOrder(Channel.WEB, null,
                new PlaceOrder.CustomerData(TestData.unique("rain").toLowerCase() + "@example.com", "Robin Rain", null),
                new PostalAddress("Robin Rain", "1 Main St", null, "Springfield", null, "12345", "US", null), null,
                List.of(new PlaceOrder.Line(sku, 2, null)), null, null,
                new PlaceOrder.PaymentData("test_card", "tok_ok"), location, null, null, null, "test"));
        port.authorize(order.id());
        payments.capture(order.id(), null, "test");
        fulfillment.release(order.id(), "test"); // order processing may release it first: wait until visible
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> !fulfillment.ofOrder(order.id()).isEmpty());
        for (FulfillmentView f : fulfillment.ofOrder(order.id())) {
            fulfillment.pack(f.id(), List.of(new PackLine(sku, 2)), "test");
            fulfillment.ship(f.id(), new ShipFulfillment("UPS", null, "1Z" + sku, null, null, "test"));
        }
        assertThat(onHand(sku, location)).isEqualTo(3);

        signInAs(Role.MANAGER);
        open("/admin/orders/" + order.id());
        find("#request-return");
        find("#qty_" + sku).clear();
        find("#qty_" + sku).sendKeys("2");
        find("#request-return-submit").click();
        waitForText("requested.");
        screenshot("return-requested");

        find("#approve").click();
        waitForText("approved.");
        new Select(find("#receive-location")).selectByValue(location);
        find("#scan").sendKeys(sku, Keys.ENTER);
        find("#scan").sendKeys(sku, Keys.ENTER);
        assertThat(find("#ok_1").getAttribute("value")).isEqualTo("2");
        find("#ok_1").clear();
        find("#ok_1").sendKeys("1");
        find("#bad_1").clear();
        find("#bad_1").sendKeys("1");
        screenshot("return-receive");
        find("#receive-submit").click();
        waitForText("Received 2 unit(s) at " + location + "; RECEIVED.");
        assertThat(onHand(sku, location)).isEqualTo(4); // the damaged jacket was written off

        find("#refund-received").click();
        waitForText("Refunded 90.00 USD.");
        assertThat(find("#return-status").getText()).isEqualTo("COMPLETED");
        assertThat(payments.payments(order.id()).refunded()).isEqualTo(Money.of(9000, "USD"));
        screenshot("return-refunded");

        open("/admin/orders/" + order.id());
        waitForText("RETURN_REFUNDED");
        assertThat(browser.findElement(By.id("order-returns")).getText()).contains("COMPLETED");
        assertThat(inventory.checkConsistency().ok()).isTrue();
    }

    private int onHand(String sku, String location) {
        return inventory.stockOf(sku).locations().stream().filter(l -> l.location().equals(location))
                .findFirst().orElseThrow().onHand();
    }
}
