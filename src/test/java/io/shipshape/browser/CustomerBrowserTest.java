package io.shipshape.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.shipshape.TestData;
import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.CreateProduct;
import io.shipshape.customers.CreateCustomer;
import io.shipshape.customers.CustomerManagement;
import io.shipshape.customers.CustomerView;
import io.shipshape.orders.Channel;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderView;
import io.shipshape.orders.PlaceOrder;
import io.shipshape.shared.Money;
import io.shipshape.web.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** Support finds a customer with the live search and opens the customer page with their orders. */
class CustomerBrowserTest extends BrowserTest {

    @Autowired
    CustomerManagement customers;
    @Autowired
    CatalogManagement catalog;
    @Autowired
    OrderManagement orders;

    @Test
    void opensACustomerPageWithOrdersAndLifetimeValue() {
        String email = TestData.unique("ada").toLowerCase() + "@example.com";
        CustomerView ada = customers.create(new CreateCustomer(email, "Ada Lovelace", "+44 20 7946 0000"));
        String sku = TestData.unique("CUS");
        catalog.create(new CreateProduct(sku, "Trail lantern", Money.of(2450, "USD"), null, null, true));
        OrderView first = order(ada, sku, 2);
        order(ada, sku, 1);

        signInAs(Role.SUPPORT);
        open("/admin/customers");
        find("#customer-search").sendKeys(email);
        // Other tests' customers may share the name: wait for the search to narrow the list, then pick by id.
        waitFor(ExpectedConditions.urlContains("q="));
        click(By.cssSelector("#customers a[href='/admin/customers/" + ada.id() + "']"));
        waitFor(ExpectedConditions.urlContains("/admin/customers/" + ada.id()));
        assertThat(find("#order-count").getText()).isEqualTo("2");
        assertThat(find("#lifetime-value").getText()).endsWith("USD");
        assertThat(find("#customer-orders").getText()).contains(first.number(), "PHONE");
        assertThat(browser.findElement(By.linkText(first.number())).getAttribute("href"))
                .endsWith("/admin/orders/" + first.id());
        screenshot("customer");
    }

    private OrderView order(CustomerView c, String sku, int quantity) {
        return orders.place(new PlaceOrder(Channel.PHONE, null, new PlaceOrder.CustomerData(c.email(), c.name(), null),
                null, null, List.of(new PlaceOrder.Line(sku, quantity, null)), null, null, null, null, null, null,
                null, "test"));
    }
}
