package io.shipshape.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.shipshape.TestData;
import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.CreateProduct;
import io.shipshape.shared.Money;
import io.shipshape.web.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A manager creates a product through the form and finds it in the catalog with the live search. */
class CatalogBrowserTest extends BrowserTest {

    @Autowired
    CatalogManagement catalog;

    @Test
    void createsProductAndFindsItWithLiveSearch() {
        String prefix = TestData.unique("OUT");
        String[][] shelf = {{"Trail lantern", "2450"}, {"Enamel mug", "1299"}, {"Camp stove", "8900"},
                {"Wool beanie", "2500"}};
        for (int i = 0; i < shelf.length; i++) {
            catalog.create(new CreateProduct(prefix + "-" + (i + 1), shelf[i][0],
                    Money.of(Long.parseLong(shelf[i][1]), "USD"), 300 + 100 * i, null, i == 2));
        }
        signInAs(Role.MANAGER);
        open("/admin/catalog");
        find("#new-product").click();
        String sku = prefix + "-9";
        find("#sku").sendKeys(sku);
        find("#name").sendKeys("Folding camp chair");
        find("#amount").sendKeys("49.90");
        find("#weightGrams").sendKeys("2300");
        find("#barcode").sendKeys("4006381333931");
        screenshot("product-form");
        find("#product-form button[type=submit]").click();
        waitForText("Product " + sku + " created.");
        assertThat(find("#products").getText()).contains(sku, "Folding camp chair", "49.90 USD");

        WebElement search = find("#product-search");
        search.clear();
        search.sendKeys(prefix.toLowerCase());
        waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#products"), "Trail lantern"));
        assertThat(find("#products").getText()).contains(sku, prefix + "-1", prefix + "-4");
        assertThat(browser.getCurrentUrl()).contains("q=" + prefix.toLowerCase());
        screenshot("catalog");
    }
}
