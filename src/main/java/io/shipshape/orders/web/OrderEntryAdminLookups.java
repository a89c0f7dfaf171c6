package io.shipshape.orders.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.ProductView;
import io.shipshape.customers.CustomerManagement;
import io.shipshape.customers.CustomerView;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.LocationType;
import io.shipshape.inventory.LocationView;
import io.shipshape.inventory.StockLevelView;
import io.shipshape.shared.Money;
import io.shipshape.shared.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What the order entry screen looks up while staff type: customers by email, products by SKU or name with their
 * availability per location, the rows of the lines table, and the stores a POS sale can be made in.
 * <p>
 * Availability is read per product shown ({@link InventoryManagement#stockOf}): a search shows at most
 * {@value #MATCHES} products, so that is a handful of small indexed reads per keystroke pause.
 */
@Component
class OrderEntryAdminLookups {

    static final int MATCHES = 8;

    /** A product found by the search, with its availability at each location. */
    record ProductMatch(String sku, String name, Money price, boolean backorderable,
                        List<StockLevelView.AtLocation> stock) {
    }

    /** A row of the lines table; {@code product} is null when the SKU names no active product. */
    record LineRow(String sku, String quantity, ProductView product, List<StockLevelView.AtLocation> stock) {
    }

    private final CatalogManagement catalog;
    private final CustomerManagement customers;
    private final InventoryManagement inventory;

    OrderEntryAdminLookups(CatalogManagement catalog, CustomerManagement customers, InventoryManagement inventory) {
        this.catalog = catalog;
        this.customers = customers;
        this.inventory = inventory;
    }

    /** Customers whose email starts with, or whose name contains, the text (at least 2 characters). */
    List<CustomerView> customers(String text) {
        String query = text == null ? "" : text.strip();
        return query.length() < 2 ? List.of() : customers.list(query, PageRequest.first(6)).items();
    }

    /** Active products whose SKU starts with, or whose name contains, the text. */
    List<ProductMatch> products(String text) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            return List.of();
        }
        return catalog.list(query, PageRequest.first(MATCHES)).items().stream().filter(ProductView::active)
                .map(p -> new ProductMatch(p.sku(), p.name(), p.price(), p.backorderable(),
                        inventory.stockOf(p.sku()).locations()))
                .toList();
    }

    /** The table rows for these entered lines: product and stock of each known SKU. */
    List<LineRow> rows(List<OrderEntryAdminForm.Row> lines) {
        Map<String, ProductView> products = catalog.findBySkus(lines.stream().map(OrderEntryAdminForm.Row::sku).toList());
        List<LineRow> rows = new ArrayList<>();
        for (OrderEntryAdminForm.Row line : lines) {
            ProductView p = products.get(line.sku());
            boolean known = p != null && p.active();
            rows.add(new LineRow(line.sku(), line.quantity(), known ? p : null,
                    known ? inventory.stockOf(p.sku()).locations() : List.of()));
        }
        return rows;
    }

    /** A new row for the product with this SKU (quantity 1). */
    LineRow row(String sku) {
        return rows(List.of(new OrderEntryAdminForm.Row(sku, "1"))).get(0);
    }

    /** Active stores, where a POS sale happens. */
    List<LocationView> stores() {
        return inventory.locations().stream().filter(l -> l.active() && l.type() == LocationType.STORE).toList();
    }
}
