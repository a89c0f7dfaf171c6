package io.shipshape.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.shipshape.demo.DemoCatalog.Product;
import io.shipshape.demo.DemoCustomers.Customer;
import io.shipshape.orders.Channel;
import io.shipshape.orders.PlaceOrder;
import io.shipshape.orders.PlaceOrder.CustomerData;
import io.shipshape.orders.PlaceOrder.Line;
import io.shipshape.orders.PlaceOrder.PaymentData;
import io.shipshape.orders.PlaceOrder.ShippingMethod;
import io.shipshape.shared.Money;

/**
 * The demo shop's order history: {@value #COUNT} orders over the last {@value #DAYS} days (more of them lately,
 * placed in American daytime), mostly from the web shop, the rest from the marketplace, the phone, a B2B API and
 * the store's till. Frequent customers order again; some orders have a promotion, a note or several lines.
 */
final class DemoOrders {

    static final int COUNT = 300;
    static final int DAYS = 42;
    private static final long SEED = 42L;
    private static final List<String> NOTES = List.of("Please leave the parcel with the doorman.",
            "It's a gift: no prices on the packing slip, please.", "Needed before our trip next Friday.",
            "Call before delivery.");

    private final Random rnd = new Random(SEED);
    private final List<Product> products;
    private final List<Product> storeProducts;
    private final List<Customer> customers;
    private final Instant now;

    private DemoOrders(Set<String> storeSkus, List<Customer> customers, Instant now) {
        this.products = new ArrayList<>(DemoCatalog.PRODUCTS);
        Collections.shuffle(this.products, rnd); // the first products in this order sell best
        this.storeProducts = products.stream().filter(p -> storeSkus.contains(p.sku())).toList();
        this.customers = customers;
        this.now = now;
    }

    /** The orders in the order they were placed; {@code storeSkus}: what the store has on its shelves. */
    static List<PlaceOrder> history(Set<String> storeSkus, List<Customer> customers, Instant now) {
        return new DemoOrders(storeSkus, customers, now).all();
    }

    static Money usd(long cents) {
        return Money.of(cents, "USD");
    }

    private List<PlaceOrder> all() {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            times.add(placedAt());
        }
        Collections.sort(times);
        List<PlaceOrder> orders = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            orders.add(order(i, times.get(i)));
        }
        return orders;
    }

    private PlaceOrder order(int i, Instant placedAt) {
        Channel channel = channel();
        boolean pos = channel == Channel.POS;
        Customer c = customers.get((int) (customers.size() * Math.pow(rnd.nextDouble(), 1.3)));
        List<Line> lines = lines(pos ? storeProducts : products);
        long subtotal = lines.stream().mapToLong(l -> price(l.sku()) * l.quantity()).sum();
        boolean abroad = !"US".equals(c.address().country());
        List<String> tags = new ArrayList<>();
        Money discount = discount(channel, subtotal, tags);
        String notes = channel == Channel.WEB && rnd.nextInt(16) == 0 ? NOTES.get(rnd.nextInt(NOTES.size())) : null;
        if (abroad && !pos) {
            tags.add("international");
        }
        return new PlaceOrder(channel, externalId(channel, i), new CustomerData(c.email(), c.name(), c.phone()),
                pos ? null : c.address(), pos ? null : c.address(), lines,
                pos ? null : shipping(channel, subtotal, abroad), discount, payment(channel),
                pos ? DemoCatalog.STORE : null, notes, tags, placedAt, DemoData.ACTOR);
    }

    /** A time in the last {@value #DAYS} days, recent days likelier, between 8 am and 11 pm US Eastern. */
    private Instant placedAt() {
        int daysAgo = (int) (DAYS * Math.pow(rnd.nextDouble(), 1.15));
        Instant day = now.truncatedTo(ChronoUnit.DAYS).minus(daysAgo, ChronoUnit.DAYS);
        Instant t = day.plus(Duration.ofHours(12)).plusSeconds(rnd.nextInt(15 * 3600));
        return t.isBefore(now) ? t : t.minus(1, ChronoUnit.DAYS);
    }

    private Channel channel() {
        int r = rnd.nextInt(100);
        return r < 60 ? Channel.WEB : r < 76 ? Channel.MARKETPLACE : r < 84 ? Channel.PHONE
                : r < 90 ? Channel.API : Channel.POS;
    }

    private List<Line> lines(List<Product> range) {
        int r = rnd.nextInt(100);
        int count = Math.min(range.size(), r < 50 ? 1 : r < 78 ? 2 : r < 92 ? 3 : 4);
        Set<Product> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(range.get((int) (range.size() * Math.pow(rnd.nextDouble(), 1.6))));
        }
        List<Line> lines = new ArrayList<>();
        for (Product p : chosen) {
            int quantity = p.cents() < 5000 ? 1 + (rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(3) : 0)
                    : rnd.nextInt(10) == 0 ? 2 : 1;
            lines.add(new Line(p.sku(), quantity, null));
        }
        return lines;
    }

    private ShippingMethod shipping(Channel channel, long subtotal, boolean abroad) {
        if (abroad) {
            return new ShippingMethod("international", usd(2495));
        }
        return switch (channel) {
            case MARKETPLACE -> new ShippingMethod("marketplace-standard", usd(subtotal < 3500 ? 499 : 0));
            case API -> new ShippingMethod("ground-freight", usd(1250));
            default -> rnd.nextInt(5) == 0 ? new ShippingMethod("express", usd(1495))
                    : new ShippingMethod("standard", usd(subtotal >= 9900 ? 0 : 595));
        };
    }

    private Money discount(Channel channel, long subtotal, List<String> tags) {
        if (channel == Channel.WEB && rnd.nextInt(7) == 0) {
            tags.add("promo-TRAIL10");
            return usd(subtotal).percentOf(1000);
        }
        if (channel == Channel.API) {
            tags.add("wholesale");
            return usd(subtotal).percentOf(1500);
        }
        if (channel == Channel.PHONE && subtotal > 5000 && rnd.nextInt(5) == 0) {
            tags.add("goodwill");
            return usd(1000);
        }
        return null;
    }

    private PaymentData payment(Channel channel) {
        return switch (channel) {
            case MARKETPLACE, API -> new PaymentData("manual", null);
            case POS -> rnd.nextInt(3) == 0 ? new PaymentData("manual", null) : new PaymentData("test_card", "tok_ok");
            default -> new PaymentData("test_card", rnd.nextInt(30) == 0 ? "tok_review" : "tok_ok");
        };
    }

    private String externalId(Channel channel, int i) {
        return switch (channel) {
            case WEB -> "WEB-" + (48_200 + i);
            case MARKETPLACE -> String.format("AMZ-%03d-%07d-%07d", 111 + rnd.nextInt(4), rnd.nextInt(10_000_000),
                    rnd.nextInt(10_000_000));
            case API -> "PO-" + (7_100 + i);
            default -> null;
        };
    }

    private long price(String sku) {
        return DemoCatalog.PRODUCTS.stream().filter(p -> p.sku().equals(sku)).findFirst().orElseThrow().cents();
    }
}
