package io.shipshape.orders;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.ProductView;
import io.shipshape.customers.CustomerManagement;
import io.shipshape.customers.CustomerView;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.Reservation;
import io.shipshape.inventory.ReserveStock;
import io.shipshape.shared.Cursor;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.Page;
import io.shipshape.shared.PageRequest;
import io.shipshape.shared.Times;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The orders module's entry point. {@link #place} captures an order from any channel in one transaction: the
 * customer is found or created, every line reserved (all or nothing), the order priced, numbered and written,
 * and {@code OrderPlaced} published through the event publication registry, so listeners run after commit and
 * none is lost.
 */
@Service
@EnableConfigurationProperties({OrdersProperties.class, TaxProperties.class})
public class OrderManagement {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OrderRepository orders;
    private final OrderQueries queries;
    private final OrderListQuery listQuery;
    private final OrderStatsQuery statsQuery;
    private final CatalogManagement catalog;
    private final CustomerManagement customers;
    private final InventoryManagement inventory;
    private final OrdersProperties properties;
    private final TaxProperties tax;
    private final IdGenerator ids;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;

    OrderManagement(OrderRepository orders, OrderQueries queries, OrderListQuery listQuery, OrderStatsQuery statsQuery, CatalogManagement catalog,
                    CustomerManagement customers, InventoryManagement inventory, OrdersProperties properties,
                    TaxProperties tax, IdGenerator ids, Clock clock, ApplicationEventPublisher events,
                    MeterRegistry meters) {
        this.orders = orders;
        this.queries = queries;
        this.listQuery = listQuery;
        this.statsQuery = statsQuery;
        this.catalog = catalog;
        this.customers = customers;
        this.inventory = inventory;
        this.properties = properties;
        this.tax = tax;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
        this.meters = meters;
    }

    /**
     * Captures an order. Fails with {@code InsufficientStock}, {@link UnknownProduct}, {@link DuplicateOrder},
     * {@code UnknownLocation} or a pricing problem, and then writes nothing.
     */
    @Transactional
    public OrderView place(PlaceOrder cmd) {
        Timer.Sample sample = Timer.start(meters);
        if (cmd.externalId() != null) {
            orders.findIdByExternal(cmd.channel(), cmd.externalId()).ifPresent(existing -> {
                throw new DuplicateOrder(cmd.channel(), cmd.externalId(), existing);
            });
        }
        Map<String, ProductView> products = products(cmd);
        String taxCountry = taxCountry(cmd);
        Pricing.Priced priced = Pricing.price(cmd, products, tax.rateFor(taxCountry), tax.includeShipping());
        CustomerView customer = customers.findOrCreate(cmd.customer().email(), cmd.customer().name(),
                cmd.customer().phone());
        OrderId id = new OrderId(ids.next());
        Reservation reservation = inventory.reserve(new ReserveStock(id.toString(), cmd.locationCode(),
                priced.lines().stream().map(l -> new ReserveStock.Line(l.lineNo(), l.sku(), l.quantity(),
                        products.get(l.sku()).backorderable())).toList(), cmd.actor()));
        Instant now = Times.now(clock);
        Order order = Order.capture(id, properties.numberPrefix() + orders.nextNumber(), cmd, customer, priced,
                reservation, newTrackingToken(), now, ids::next);
        if (!orders.insert(order)) {
            // Another request captured the same external id concurrently; this transaction rolls back.
            throw new DuplicateOrder(cmd.channel(), cmd.externalId(),
                    orders.findIdByExternal(cmd.channel(), cmd.externalId()).orElse(id));
        }
        events.publishEvent(order.placed());
        meters.counter("shipshape.orders.captured", "channel", cmd.channel().name()).increment();
        sample.stop(meters.timer("shipshape.orders.capture", "channel", cmd.channel().name()));
        return order.view();
    }

    public OrderView get(OrderId id) {
        return queries.byId(id.value()).orElseThrow(() -> new NotFound("Order", id));
    }

    public OrderView getByNumber(String number) {
        return queries.byNumber(number).orElseThrow(() -> new NotFound("Order", number));
    }

    public List<TimelineEntry> timeline(OrderId id) {
        get(id);
        return queries.timeline(id.value());
    }

    public Page<OrderSummary> list(OrderFilter filter, PageRequest page) {
        Cursor.TimeAndId after = page.cursor() == null ? null : Cursor.timeAndId(page.cursor());
        List<OrderSummary> rows = listQuery.list(filter, after, page.limit() + 1);
        if (rows.size() <= page.limit()) {
            return new Page<>(rows, null);
        }
        rows = rows.subList(0, page.limit());
        return new Page<>(rows, OrderQueries.cursorOf(rows.get(rows.size() - 1)));
    }

    /** Sales per day since {@code from}, orders per status (all time) and per channel (since {@code from}). */
    public OrderStats.Overview overview(Instant from) {
        return new OrderStats.Overview(statsQuery.dailySales(from), statsQuery.countsByStatus(),
                statsQuery.countsByChannel(from));
    }

    /** Orders per status, fresh within a few seconds (for list tabs). */
    public Map<OrderStatus, Long> countsByStatus() {
        return statsQuery.countsByStatus();
    }

    private Map<String, ProductView> products(PlaceOrder cmd) {
        var skus = new LinkedHashSet<String>();
        cmd.lines().forEach(l -> skus.add(l.sku()));
        Map<String, ProductView> found = catalog.findBySkus(skus);
        List<String> unknown = skus.stream().filter(s -> !found.containsKey(s) || !found.get(s).active()).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownProduct(unknown);
        }
        return found;
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

    private static String newTrackingToken() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
