package io.shipshape.demo;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.shipshape.catalog.CatalogManagement;
import io.shipshape.customers.CustomerManagement;
import io.shipshape.demo.DemoCatalog.Product;
import io.shipshape.demo.DemoCustomers.Customer;
import io.shipshape.inventory.CreateLocation;
import io.shipshape.inventory.InsufficientStock;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.LocationView;
import io.shipshape.inventory.SetStockCount;
import io.shipshape.inventory.StockLevelView;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderView;
import io.shipshape.orders.PlaceOrder;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.ShipshapeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code shipshape.demo=true}, fills the database with the demo shop at startup, after the bootstrap
 * runner: locations, products, stock, customers and orders, each through its module's API, so reservations,
 * the ledger and events are exactly as real use makes them. Only when none of the demo locations and products
 * exist yet (so a second start, or a database already holding the demo, is left alone). An order that the
 * stock cannot serve gets a restock count first. Nothing here stops the application from starting.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    static final String ACTOR = "demo";
    private static final int RESTOCK_EXTRA = 24;
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ShipshapeProperties properties;
    private final CatalogManagement catalog;
    private final CustomerManagement customers;
    private final InventoryManagement inventory;
    private final OrderManagement orders;
    private final Clock clock;

    DemoData(ShipshapeProperties properties, CatalogManagement catalog, CustomerManagement customers,
             InventoryManagement inventory, OrderManagement orders, Clock clock) {
        this.properties = properties;
        this.catalog = catalog;
        this.customers = customers;
        this.inventory = inventory;
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()) {
            return;
        }
        try {
            String existing = existingDemoData();
            if (existing != null) {
                log.info("Demo data: skipped, the database already has {}", existing);
                return;
            }
            load();
        } catch (RuntimeException e) {
            log.error("Demo data: loading stopped part-way; the application runs on without the rest", e);
        }
    }

    /** What of the demo shop exists already (a location or product with a demo code), or null. */
    private String existingDemoData() {
        Set<String> codes = new HashSet<>(DemoCatalog.LOCATIONS.stream().map(CreateLocation::code).toList());
        for (LocationView location : inventory.locations()) {
            if (codes.contains(location.code())) {
                return "location " + location.code();
            }
        }
        var products = catalog.findBySkus(DemoCatalog.PRODUCTS.stream().map(Product::sku).toList());
        return products.isEmpty() ? null : "product " + products.keySet().iterator().next();
    }

    private void load() {
        long started = System.nanoTime();
        DemoCatalog.LOCATIONS.forEach(inventory::createLocation);
        DemoCatalog.products().forEach(catalog::create);
        Set<String> storeSkus = new HashSet<>();
        for (SetStockCount count : DemoCatalog.initialCounts()) {
            inventory.setCount(count);
            if (DemoCatalog.STORE.equals(count.locationCode()) && count.onHand() > 0) {
                storeSkus.add(count.sku());
            }
        }
        List<Customer> people = DemoCustomers.all();
        people.forEach(c -> customers.findOrCreate(c.email(), c.name(), c.phone()));
        Tally tally = new Tally();
        for (PlaceOrder order : DemoOrders.history(storeSkus, people, clock.instant())) {
            place(order, tally);
        }
        log.info("Demo data: loaded {} locations, {} products, {} customers and {} orders ({} lines backordered, "
                        + "{} restocks, {} refused) in {} ms", DemoCatalog.LOCATIONS.size(),
                DemoCatalog.PRODUCTS.size(), people.size(), tally.placed, tally.backordered, tally.restocks,
                tally.refused, (System.nanoTime() - started) / 1_000_000);
    }

    private void place(PlaceOrder order, Tally tally) {
        try {
            OrderView placed = placeWithRestock(order, tally);
            tally.placed++;
            tally.backordered += (int) placed.lines().stream().filter(l -> l.backorderedQuantity() > 0).count();
        } catch (DomainException e) {
            tally.refused++;
            log.warn("Demo data: a {} order of {} was refused: {}", order.channel(), order.customer().email(),
                    e.getMessage());
        }
    }

    /** Places the order; if stock is short, counts more in where the order is served from and tries again. */
    private OrderView placeWithRestock(PlaceOrder order, Tally tally) {
        try {
            return orders.place(order);
        } catch (InsufficientStock e) {
            String location = order.locationCode() != null ? order.locationCode() : DemoCatalog.EAST;
            for (InsufficientStock.Shortage shortage : e.shortages()) {
                restock(shortage.sku(), location, shortage.requested());
                tally.restocks++;
            }
            return orders.place(order);
        }
    }

    private void restock(String sku, String location, int requested) {
        StockLevelView.AtLocation level = inventory.stockOf(sku).locations().stream()
                .filter(l -> l.location().equals(location)).findFirst().orElse(null);
        int base = level == null ? 0 : Math.max(level.onHand(), level.reserved() + level.safetyStock());
        inventory.setCount(new SetStockCount(sku, location, base + requested + RESTOCK_EXTRA, null, null, null,
                "restock", ACTOR));
    }

    private static final class Tally {
        int placed;
        int backordered;
        int restocks;
        int refused;
    }
}
