package io.shipshape.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.ProductView;
import io.shipshape.customers.CustomerManagement;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.LocationType;
import io.shipshape.inventory.LocationView;
import io.shipshape.orders.Channel;
import io.shipshape.orders.OrderFilter;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderSummary;
import io.shipshape.shared.Page;
import io.shipshape.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo switch: a start with {@code shipshape.demo=true} leaves a shop to look at, made through the modules'
 * APIs. On H2 this context has its own empty database; on PostgreSQL it shares the test database with other
 * tests, so the assertions only look at the demo's own locations, SKUs and customers.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = "shipshape.demo=true")
class DemoDataTest {

    @Autowired
    DemoData demoData;
    @Autowired
    CatalogManagement catalog;
    @Autowired
    CustomerManagement customers;
    @Autowired
    InventoryManagement inventory;
    @Autowired
    OrderManagement orders;

    @Test
    void createsTwoWarehousesAndAStore() {
        Map<String, LocationView> byCode = inventory.locations().stream()
                .collect(Collectors.toMap(LocationView::code, Function.identity()));

        assertThat(byCode).containsKeys(DemoCatalog.EAST, DemoCatalog.WEST, DemoCatalog.STORE);
        assertThat(byCode.get(DemoCatalog.EAST).type()).isEqualTo(LocationType.WAREHOUSE);
        assertThat(byCode.get(DemoCatalog.EAST).priority()).isEqualTo(1);
        assertThat(byCode.get(DemoCatalog.WEST).address().city()).isEqualTo("Reno");
        assertThat(byCode.get(DemoCatalog.STORE).type()).isEqualTo(LocationType.STORE);
    }

    @Test
    void createsAboutFortyProductsWithBarcodesAndStock() {
        Map<String, ProductView> products = catalog.findBySkus(DemoCatalog.PRODUCTS.stream()
                .map(DemoCatalog.Product::sku).toList());

        assertThat(products).hasSizeBetween(35, 50);
        assertThat(products.values()).allSatisfy(p -> {
            assertThat(p.barcode()).matches("\\d{13}");
            assertThat(p.price().currencyCode()).isEqualTo("USD");
        });
        assertThat(products.values()).filteredOn(ProductView::backorderable).isNotEmpty();
        assertThat(inventory.stockOf("TRK-POL-CF").locations()).hasSize(3);
        assertThat(inventory.stockOf("JKT-DWN-M-L").onHand()).isZero();
    }

    @Test
    void registersTheCustomers() {
        List<DemoCustomers.Customer> people = DemoCustomers.all();

        assertThat(people).hasSizeGreaterThanOrEqualTo(70);
        assertThat(people).allSatisfy(c -> assertThat(c.email()).matches("[a-z0-9._]+@example\\.(com|org)"));
        assertThat(people).extracting(c -> c.address().country()).contains("US", "DE", "GB", "FR");
        for (DemoCustomers.Customer c : people) {
            assertThat(customers.list(c.email(), PageRequest.first(5)).items()).as(c.email())
                    .anySatisfy(found -> assertThat(found.email()).isEqualTo(c.email()));
        }
    }

    @Test
    void capturesSeveralHundredOrdersOnEveryChannelOverSeveralWeeks() {
        List<OrderSummary> demo = demoOrders();

        assertThat(demo).hasSizeGreaterThanOrEqualTo(250);
        assertThat(demo).extracting(OrderSummary::channel).containsAll(EnumSet.allOf(Channel.class));
        Instant first = demo.stream().map(OrderSummary::createdAt).min(Instant::compareTo).orElseThrow();
        Instant last = demo.stream().map(OrderSummary::createdAt).max(Instant::compareTo).orElseThrow();
        assertThat(Duration.between(first, last)).isGreaterThan(Duration.ofDays(28));
        assertThat(last).isBefore(Instant.now());
        Map<String, Long> perCustomer = demo.stream()
                .collect(Collectors.groupingBy(OrderSummary::customerEmail, Collectors.counting()));
        assertThat(perCustomer.values()).anySatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(5));
        assertThat(demo).filteredOn(o -> o.channel() == Channel.MARKETPLACE)
                .allSatisfy(o -> assertThat(o.externalId()).startsWith("AMZ-"));
    }

    @Test
    void leavesTheStockLedgerConsistent() {
        var report = inventory.checkConsistency();

        assertThat(report.ok()).as("%s", report.problems()).isTrue();
    }

    @Test
    void skipsWhenTheDemoIsAlreadyThere() {
        int before = demoOrders().size();

        demoData.run(null);

        assertThat(demoOrders()).hasSize(before);
        assertThat(inventory.locations()).filteredOn(l -> l.code().equals(DemoCatalog.EAST)).hasSize(1);
    }

    /** Orders of the demo customers (on a shared database other tests' orders are there too). */
    private List<OrderSummary> demoOrders() {
        Set<String> emails = DemoCustomers.all().stream().map(DemoCustomers.Customer::email)
                .collect(Collectors.toSet());
        List<OrderSummary> found = new ArrayList<>();
        String cursor = null;
        do {
            Page<OrderSummary> page = orders.list(OrderFilter.none(), new PageRequest(PageRequest.MAX_LIMIT, cursor));
            page.items().stream().filter(o -> emails.contains(o.customerEmail())).forEach(found::add);
            cursor = page.nextCursor();
        } while (cursor != null);
        return found;
    }
}
