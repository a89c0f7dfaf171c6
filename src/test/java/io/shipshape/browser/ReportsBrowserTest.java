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
import io.shipshape.orders.PlaceOrder;
import io.shipshape.shared.Money;
import io.shipshape.web.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager opens the reports: the KPI tiles and the daily chart render (Chart.js really drew on the canvas, so a
 * script error would fail here), then the demand forecast of a SKU with its chart, reached from the reports page.
 */
class ReportsBrowserTest extends BrowserTest {

    @Autowired
    CatalogManagement catalog;
    @Autowired
    InventoryManagement inventory;
    @Autowired
    OrderManagement orders;

    @Test
    void showsKpisWithTheDailyChartAndASkuForecast() {
        String sku = TestData.unique("RPT");
        String location = TestData.unique("RPT-WH");
        inventory.createLocation(new CreateLocation(location, "Reports warehouse", LocationType.WAREHOUSE,
                new Address("1 Dock Road", null, "Harbour", null, "12345", "US"), null, null, 10));
        catalog.create(new CreateProduct(sku, "Camp stove", Money.of(3900, "USD"), null, null, true));
        inventory.setCount(new SetStockCount(sku, location, 20, null, null, null, null, "test"));
        orders.place(new PlaceOrder(Channel.PHONE, null, new PlaceOrder.CustomerData(
                TestData.unique("rpt").toLowerCase() + "@example.com", "Rhea Porter", null), null, null,
                List.of(new PlaceOrder.Line(sku, 3, null)), null, null, null, null, null, null, null, "test"));

        signInAs(Role.MANAGER);
        open("/admin/reports");
        waitFor(d -> chartDrawn("report-sales-chart"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Orders", "Revenue");
        screenshot("reports");

        click(By.linkText("Demand forecast"));
        find("input[name=sku]").sendKeys(sku);
        find("form[action='/admin/reports/forecast'] button[type=submit]").click();
        waitFor(d -> chartDrawn("forecast-chart"));
        assertThat(find("#forecast-summary").getText()).contains(sku);
        screenshot("forecast");
    }

    /** True once Chart.js has a chart on the canvas with at least one data point. */
    private boolean chartDrawn(String canvasId) {
        Object drawn = ((JavascriptExecutor) browser).executeScript(
                "const c = document.getElementById(arguments[0]);"
                        + " const chart = c && window.Chart && Chart.getChart(c);"
                        + " return !!chart && chart.data.datasets.some(s => s.data.length > 0);", canvasId);
        return Boolean.TRUE.equals(drawn);
    }
}
