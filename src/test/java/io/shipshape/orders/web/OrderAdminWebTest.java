package io.shipshape.orders.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import io.shipshape.ShipshapeTest;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Base of the order back-office tests: the whole application with MockMvc, staff users by role, and fixtures made
 * through the modules' APIs (fresh locations, products and stock per test, since all tests share one database).
 */
@ShipshapeTest
abstract class OrderAdminWebTest {

    static final RequestPostProcessor SUPPORT = user("support-1").roles("SUPPORT");
    static final RequestPostProcessor VIEWER = user("viewer-1").roles("VIEWER");

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderManagement orders;
    @Autowired
    CatalogManagement catalog;
    @Autowired
    InventoryManagement inventory;

    String location(LocationType type) {
        String code = TestData.unique(type == LocationType.STORE ? "ST" : "WH");
        inventory.createLocation(new CreateLocation(code, type + " " + code, type,
                new Address("1 Dock Road", null, "Harbour", null, "12345", "US"), null, null, 10));
        return code;
    }

    /** A new 10.00 USD product with {@code onHand} units at the location. */
    String product(String location, int onHand) {
        String sku = TestData.unique("SKU");
        catalog.create(new CreateProduct(sku, "Lantern " + sku, Money.of(1000, "USD"), null, null, false));
        inventory.setCount(new SetStockCount(sku, location, onHand, null, null, null, "test", "test"));
        return sku;
    }

    OrderView place(Channel channel, String email, String name, String sku, int quantity, Instant placedAt,
                    String externalId) {
        return orders.place(new PlaceOrder(channel, externalId, new PlaceOrder.CustomerData(email, name, null),
                new PostalAddress(name, "1 Main St", null, "Springfield", null, "12345", "US", null), null,
                List.of(new PlaceOrder.Line(sku, quantity, null)), null, null, null, null, null, null, placedAt,
                "test"));
    }

    static String email(String prefix) {
        return TestData.unique(prefix).toLowerCase() + "@example.com";
    }

    int reserved(String sku) {
        return inventory.stockOf(sku).reserved();
    }

    /** The body of a successful request. */
    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
