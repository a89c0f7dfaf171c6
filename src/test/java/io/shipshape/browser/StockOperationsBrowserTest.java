package io.shipshape.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.shipshape.TestData;
import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.CreateProduct;
import io.shipshape.inventory.Address;
import io.shipshape.inventory.CreateLocation;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.LocationType;
import io.shipshape.inventory.SetStockCount;
import io.shipshape.shared.Money;
import io.shipshape.web.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** Warehouse staff receive goods through the receipt form, ship and receive a transfer, and see the numbers. */
class StockOperationsBrowserTest extends BrowserTest {

    @Autowired
    CatalogManagement catalog;
    @Autowired
    InventoryManagement inventory;

    @Test
    void receivesGoodsAndMovesThemBetweenLocations() {
        String prefix = TestData.unique("RCV");
        String main = location("Main warehouse");
        String north = location("North warehouse");
        String tent = prefix + "-TENT";
        String mug = prefix + "-MUG";
        product(tent, "Two-person tent");
        product(mug, "Enamel mug");
        inventory.setCount(new SetStockCount(mug, main, 4, null, null, null, null, "test"));

        signInAs(Role.WAREHOUSE);
        open("/admin/inventory");
        browser.findElement(By.linkText("Receive")).click();
        new Select(find("#location")).selectByValue(main);
        find("#reference").sendKeys("PO-2026-17");
        find("#sku-0").sendKeys(tent);
        find("#quantity-0").sendKeys("12");
        find("#sku-1").sendKeys(mug);
        find("#quantity-1").sendKeys("20");
        find("#receipt-form button[type=submit]").click();
        waitForText("Received 32 units of 2 SKU(s) at " + main + " (PO-2026-17).");

        open("/admin/inventory?q=" + prefix);
        String mugRow = browser.findElement(By.xpath("//table[@id='stock']//tr[td/a='" + mug + "']")).getText();
        assertThat(mugRow).contains("24");
        assertThat(find("#stock").getText()).contains(tent);
        screenshot("inventory-receipt");

        open("/admin/inventory/transfers");
        new Select(find("#from")).selectByValue(main);
        new Select(find("#to")).selectByValue(north);
        find("#transfer-sku-0").sendKeys(tent);
        find("#transfer-quantity-0").sendKeys("5");
        find("#transfer-form button[type=submit]").click();
        waitForText("Transfer shipped from " + main + " to " + north + ": 5 units in transit.");
        open("/admin/inventory/" + tent);
        assertThat(find("#total-on-hand").getText()).isEqualTo("7");
        assertThat(find("#total-in-transit").getText()).isEqualTo("5");
        open("/admin/inventory/transfers?status=IN_TRANSIT");
        browser.findElement(By.xpath("//table[@id='transfers']//tr[td//a='" + tent + "']//button[text()='Receive']")).click();
        waitForText("Transfer received at " + north + ".");
        open("/admin/inventory/" + tent);
        assertThat(find("#total-on-hand").getText()).isEqualTo("12");
        assertThat(find("#total-in-transit").getText()).isEqualTo("0");
        assertThat(find("#movements").getText()).contains("TRANSFER_IN", "TRANSFER_OUT", "RECEIPT");
    }

    private String location(String name) {
        String code = TestData.unique("WH");
        inventory.createLocation(new CreateLocation(code, name, LocationType.WAREHOUSE,
                new Address("1 Dock Road", null, "Harbour", null, "12345", "US"), null, null, 10));
        return code;
    }

    private void product(String sku, String name) {
        catalog.create(new CreateProduct(sku, name, Money.of(1000, "USD"), null, null, false));
    }
}
