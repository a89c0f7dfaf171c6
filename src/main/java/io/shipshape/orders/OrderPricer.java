package io.shipshape.orders;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.ProductView;
import io.shipshape.inventory.InventoryManagement;
import org.springframework.stereotype.Component;

/**
 * Prices a capture command: the lines' products from the catalog (all must exist and be active), the tax rate of
 * the destination, then {@link Pricing}. Reads only, so capture and the back office's quote share it.
 */
@Component
class OrderPricer {

    /** The products of the command's lines, keyed by SKU, and the priced lines and totals. */
    record Priced(Map<String, ProductView> products, Pricing.Priced priced) {
    }

    private final CatalogManagement catalog;
    private final InventoryManagement inventory;
    private final TaxProperties tax;

    OrderPricer(CatalogManagement catalog, InventoryManagement inventory, TaxProperties tax) {
        this.catalog = catalog;
        this.inventory = inventory;
        this.tax = tax;
    }

    /** Fails with {@link UnknownProduct}, {@code UnknownLocation} or a pricing problem. */
    Priced price(PlaceOrder cmd) {
        Map<String, ProductView> products = products(cmd);
        return new Priced(products, Pricing.price(cmd, products, tax.rateFor(taxCountry(cmd)), tax.includeShipping()));
    }

    /** {@link #price} for one of several commands: its problem, or its pricing. */
    record Attempt(Priced priced, RuntimeException problem) {
    }

    /** Prices several commands with one catalog read for all their products; each fails alone. */
    List<Attempt> priceAll(List<PlaceOrder> cmds) {
        var skus = new LinkedHashSet<String>();
        cmds.forEach(c -> c.lines().forEach(l -> skus.add(l.sku())));
        Map<String, ProductView> all = catalog.findBySkus(skus);
        return cmds.stream().map(cmd -> {
            try {
                Map<String, ProductView> products = products(cmd, all);
                return new Attempt(new Priced(products, Pricing.price(cmd, products, tax.rateFor(taxCountry(cmd)),
                        tax.includeShipping())), null);
            } catch (RuntimeException e) {
                return new Attempt(null, e);
            }
        }).toList();
    }

    private Map<String, ProductView> products(PlaceOrder cmd) {
        var skus = new LinkedHashSet<String>();
        cmd.lines().forEach(l -> skus.add(l.sku()));
        return products(cmd, catalog.findBySkus(skus));
    }

    /** The command's products out of {@code found}; fails with the SKUs missing or inactive. */
    private static Map<String, ProductView> products(PlaceOrder cmd, Map<String, ProductView> found) {
        var skus = new LinkedHashSet<String>();
        cmd.lines().forEach(l -> skus.add(l.sku()));
        List<String> unknown = skus.stream().filter(s -> !found.containsKey(s) || !found.get(s).active()).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownProduct(unknown);
        }
        Map<String, ProductView> own = new java.util.HashMap<>();
        skus.forEach(s -> own.put(s, found.get(s)));
        return own;
    }

    /** Tax follows the destination: the shipping address, else the billing address, else the selling store. */
    private String taxCountry(PlaceOrder cmd) {
        if (cmd.shippingAddress() != null && cmd.shippingAddress().country() != null) {
            return cmd.shippingAddress().country();
        }
        if (cmd.billingAddress() != null && cmd.billingAddress().country() != null) {
            return cmd.billingAddress().country();
        }
        if (cmd.locationCode() != null) {
            return inventory.requireLocation(cmd.locationCode()).address().country();
        }
        return null;
    }
}
