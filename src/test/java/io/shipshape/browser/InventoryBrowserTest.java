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

/** Warehouse staff set a count on a SKU's page and see the numbers in the stock list, low stock highlighted. */
class InventoryBrowserTest extends BrowserTest {

    @Autowired
    CatalogManagement catalog;
    @Autowired
    InventoryManagement inventory;

    @Test
    void setsACountAndSeesTheNumbers() {
        String prefix = TestData.unique("STK");
        String main = location("Main warehouse", LocationType.WAREHOUSE);
        String store = location("Harbour store", LocationType.STORE);
        String sku = prefix + "-LANTERN";
        product(sku, "Trail lantern");
        product(prefix + "-MUG", "Enamel mug");
        product(prefix + "-STOVE", "Camp stove");
        count(prefix + "-MUG", main, 120, 10, 30);
        count(prefix + "-MUG", store, 6, 2, 5);
        count(prefix + "-STOVE", main, 2, 2, null);
        count(sku, store, 3, 0, null);

        signInAs(Role.WAREHOUSE);
        open("/admin/inventory/" + sku);
        new Select(find("#location")).selectByValue(main);
        find("#onHand").sendKeys("24");
        find("#safetyStock").sendKeys("4");
        find("#reorderPoint").sendKeys("8");
        find("#reason").sendKeys("cycle count aisle 3");
        find("#count-form button[type=submit]").click();
        waitForText("Count saved: 24 of " + sku + " on hand at " + main + ".");
        assertThat(find("#total-on-hand").getText()).isEqualTo("27");
        assertThat(find("#total-available").getText()).isEqualTo("23");
        assertThat(find("#movements").getText()).contains("COUNT", "+24", "cycle count aisle 3");
        screenshot("inventory-sku");

        open("/admin/inventory?q=" + prefix);
        String lantern = browser.findElement(By.xpath("//table[@id='stock']//tr[td/span='" + main + "' and td/a='"
                + sku + "']")).getText();
        assertThat(lantern).contains("24", "20");
        assertThat(browser.findElements(By.cssSelector("#stock tr.low"))).hasSize(2);
        screenshot("inventory");
    }

    private void product(String sku, String name) {
        catalog.create(new CreateProduct(sku, name, Money.of(1999, "USD"), null, null, false));
    }

    private void count(String sku, String location, int onHand, int safety, Integer reorderPoint) {
        inventory.setCount(new SetStockCount(sku, location, onHand, safety, reorderPoint, null, "initial", "test"));
    }

    private String location(String name, LocationType type) {
        String code = TestData.unique(type == LocationType.STORE ? "ST" : "WH");
        inventory.createLocation(new CreateLocation(code, name, type,
                new Address("1 Dock Road", null, "Harbour", null, "12345", "US"), null, null, 10));
        return code;
    }
}
