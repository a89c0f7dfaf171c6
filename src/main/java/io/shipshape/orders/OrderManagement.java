package io.shipshape.orders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.shipshape.catalog.ProductView;
import io.shipshape.customers.CustomerManagement;
import io.shipshape.customers.CustomerView;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.Reservation;
import io.shipshape.inventory.ReserveStock;
import io.shipshape.shared.CardData;
import io.shipshape.shared.Cursor;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.Page;
import io.shipshape.shared.PageRequest;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.ResponseHook;
import io.shipshape.shared.Times;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The orders module's entry point. {@link #place} captures an order from any channel in one transaction: the
 * customer is found or created, every line reserved (all or nothing), the order priced, numbered and written,
 * and {@code OrderPlaced} published through the event publication registry, so listeners run after commit and
 * none is lost. Concurrent captures share one transaction (grouped capture, {@link CaptureQueue}), each still
 * all or nothing.
 */
@Service
@EnableConfigurationProperties({OrdersProperties.class, TaxProperties.class})
public class OrderManagement {

    /** The longest note, in characters. */
    public static final int MAX_NOTE = 2000;

    private final OrderRepository orders;
    private final OrderQueries queries;
    private final OrderListQuery listQuery;
    private final OrderStatsQuery statsQuery;
    private final OrderPricer pricer;
    private final CustomerManagement customers;
    private final InventoryManagement inventory;
    private final OrdersProperties properties;
    private final IdGenerator ids;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CaptureQueue queue;
    private final CaptureMetrics metrics;
    private final TransactionTemplate transactions;

    OrderManagement(OrderRepository orders, OrderQueries queries, OrderListQuery listQuery, OrderStatsQuery statsQuery, OrderPricer pricer,
                    CustomerManagement customers, InventoryManagement inventory, OrdersProperties properties,
                    IdGenerator ids, Clock clock, ApplicationEventPublisher events, CaptureQueue queue,
                    CaptureMetrics metrics, PlatformTransactionManager transactionManager) {
        this.orders = orders;
        this.queries = queries;
        this.listQuery = listQuery;
        this.statsQuery = statsQuery;
        this.pricer = pricer;
        this.customers = customers;
        this.inventory = inventory;
        this.properties = properties;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
        this.queue = queue;
        this.metrics = metrics;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Captures an order. Fails with {@code InsufficientStock}, {@link UnknownProduct}, {@link DuplicateOrder},
     * {@code UnknownLocation} or a pricing problem, and then writes nothing. Returns once the order is committed.
     * <p>
     * Grouped capture ({@code shipshape.orders.capture-batching}, on by default) hands the order to
     * {@link CaptureQueue}, which commits it together with the orders that arrive at the same time. The one-order
     * path below stays for what the batch does not take: an order at its own location (a POS sale: the
     * ORDER_LOCATION rule and the location's tax are per order), an order the batch sends back (a backorderable
     * line, a repeated external id, a failed batch), and a call inside the caller's own transaction (which must
     * commit or roll back with it, so it cannot wait for another thread's transaction).
     */
    public OrderView place(PlaceOrder cmd) {
        long start = System.nanoTime();
        if (cmd.payment() != null && CardData.looksLikeCardNumber(cmd.payment().token())) {
            // Checked before anything is written, on every channel: a shop that sends the card number where the
            // gateway's token belongs must not get it stored with the order.
            throw new DomainException(ProblemType.CARD_DATA_REFUSED, "The payment token looks like a card number")
                    .with("field", "payment.token");
        }
        ResponseHook hook = ResponseHook.current();
        if (properties.captureBatching() && cmd.locationCode() == null
                && !TransactionSynchronizationManager.isActualTransactionActive()) {
            CaptureBatch.Outcome outcome = queue.submit(cmd, hook);
            if (outcome.problem() != null) {
                throw outcome.problem();
            }
            if (outcome.order() != null) {
                metrics.captured(cmd.channel(), start);
                return outcome.order().view();
            }
        }
        OrderView view = transactions.execute(tx -> placeAlone(cmd, hook));
        metrics.captured(cmd.channel(), start);
        return view;
    }

    /** The one-order path, in the current transaction. */
    private OrderView placeAlone(PlaceOrder cmd, ResponseHook hook) {
        if (cmd.externalId() != null) {
            orders.findIdByExternal(cmd.channel(), cmd.externalId()).ifPresent(existing -> {
                throw new DuplicateOrder(cmd.channel(), cmd.externalId(), existing);
            });
        }
        OrderPricer.Priced quoted = pricer.price(cmd);
        Map<String, ProductView> products = quoted.products();
        Pricing.Priced priced = quoted.priced();
        CustomerView customer = customers.findOrCreate(cmd.customer().email(), cmd.customer().name(),
                cmd.customer().phone());
        OrderId id = new OrderId(ids.next());
        Reservation reservation = inventory.reserve(new ReserveStock(id.toString(), cmd.locationCode(),
                priced.lines().stream().map(l -> new ReserveStock.Line(l.lineNo(), l.sku(), l.quantity(),
                        products.get(l.sku()).backorderable())).toList(), cmd.actor(), destination(cmd)));
        Instant now = Times.now(clock);
        Order order = Order.capture(id, properties.numberPrefix() + orders.nextNumber(), cmd, customer, priced,
                reservation, CaptureBatch.newTrackingToken(), now, ids::next);
        if (!orders.insert(order)) {
            // Another request captured the same external id concurrently; this transaction rolls back.
            throw new DuplicateOrder(cmd.channel(), cmd.externalId(),
                    orders.findIdByExternal(cmd.channel(), cmd.externalId()).orElse(id));
        }
        events.publishEvent(order.placed());
        OrderView view = order.view();
        if (hook != null && !hook.complete(view)) {
            throw new DomainException(ProblemType.IDEMPOTENCY_KEY_IN_USE,
                    "Another request took over this request's Idempotency-Key");
        }
        return view;
    }

    public OrderView get(OrderId id) {
        return queries.byId(id.value()).orElseThrow(() -> new NotFound("Order", id));
    }

    public OrderView getByNumber(String number) {
        return queries.byNumber(number).orElseThrow(() -> new NotFound("Order", number));
    }

    /** Everything that happened to the order, oldest first. */
    public List<TimelineEntry> timeline(OrderId id) {
        requireExists(id);
        return queries.timeline(id.value());
    }

    /**
     * The order's list row (number, channel, external id, customer, total, statuses) in one primary-key read, or
     * empty: for consumers that need a few facts of an order per event, not the whole {@link OrderView}.
     */
    public java.util.Optional<OrderSummary> summary(OrderId id) {
        return listQuery.byId(id.value());
    }

    /**
     * The order behind a public tracking link, if any. A token of the wrong shape is simply not found: the tracking
     * page must not tell a guesser anything.
     */
    public java.util.Optional<OrderView> findByTrackingToken(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return java.util.Optional.empty();
        }
        return queries.byTrackingToken(token);
    }

    /** The order's history as its customer may see it (see {@link CustomerTimeline}), oldest first. */
    public List<CustomerMilestone> customerTimeline(OrderId id) {
        requireExists(id);
        return CustomerTimeline.of(queries.timeline(id.value()));
    }

    /**
     * How the order is paid: its payment method and gateway token as captured (null when it has none). For the
     * payments module, which authorises with the token; the token never leaves the server otherwise.
     */
    public PlaceOrder.PaymentData paymentOf(OrderId id) {
        return queries.paymentOf(id.value()).orElseThrow(() -> new NotFound("Order", id)).orNull();
    }

    /** The order's status alone (one indexed read), for modules that only need to know where it stands. */
    public OrderStatus status(OrderId id) {
        return queries.status(id.value()).orElseThrow(() -> new NotFound("Order", id));
    }

    /**
     * The statuses of several orders in one read (a page of fulfillment orders, a pick-list batch), where reading
     * each whole order would cost a round trip and its lines per order. An id with no order is absent from the map.
     */
    public Map<OrderId, OrderStatus> statuses(Collection<OrderId> ids) {
        Map<OrderId, OrderStatus> statuses = new HashMap<>();
        queries.statuses(ids.stream().map(OrderId::value).collect(Collectors.toSet()))
                .forEach((id, status) -> statuses.put(new OrderId(id), status));
        return statuses;
    }

    /**
     * Replaces how the order is paid (a new gateway token after a declined card, or another method), for the
     * payments module's new authorisation attempt. A card number where the token belongs is refused like at capture
     * ({@code card-data-refused}); the token never appears on the timeline.
     */
    @Transactional
    public void changePayment(OrderId id, PlaceOrder.PaymentData payment, String actor) {
        if (CardData.looksLikeCardNumber(payment.token())) {
            throw new DomainException(ProblemType.CARD_DATA_REFUSED, "The payment token looks like a card number")
                    .with("field", "token");
        }
        if (queries.updatePayment(id.value(), payment.method(), payment.token()) == 0) {
            throw new NotFound("Order", id);
        }
        record(id, "PAYMENT_METHOD_CHANGED", "Payment method changed to " + payment.method(), actor);
    }

    /** Adds a staff or integration note (1 to {@value #MAX_NOTE} characters) to the order's timeline. */
    @Transactional
    public TimelineEntry addNote(OrderId id, String text, String actor) {
        String note = text == null ? "" : text.strip();
        if (note.isEmpty() || note.length() > MAX_NOTE) {
            throw InvalidRequest.of("text", "must be 1 to " + MAX_NOTE + " characters");
        }
        requireExists(id);
        TimelineEntry entry = new TimelineEntry(ids.next(), Times.now(clock), "NOTE", note, actor);
        orders.insertTimeline(id, List.of(entry));
        return entry;
    }

    /**
     * Records something another module did to the order (a payment, a shipment, an email, a return) on its
     * timeline. {@code type} is an upper-case word such as {@code PAYMENT_CAPTURED}; joins the caller's transaction.
     */
    @Transactional
    public TimelineEntry record(OrderId id, String type, String message, String actor) {
        TimelineEntry entry = new TimelineEntry(ids.next(), Times.now(clock), type, message, actor);
        try {
            // No existence check first: every processed order is recorded on several times, and the foreign key
            // already refuses an unknown order (saving a read per entry on the after-commit path).
            orders.insertTimeline(id, List.of(entry));
        } catch (DataIntegrityViolationException unknownOrder) {
            throw new NotFound("Order", id);
        }
        return entry;
    }

    /**
     * Fulfillment could not pick {@code quantity} units of a line at {@code from} (a short pick) and inventory
     * sourced them again: the order's allocations follow ({@code placed}), and what went to a backorder counts as
     * backordered on the line, so the order page shows where the units are really reserved and a later backorder
     * fill balances out. Joins the caller's transaction (the one that moved the reservation).
     */
    @Transactional
    public void reallocated(OrderId id, String from, int quantity, Reservation.LineReservation placed) {
        orders.moveAllocation(id, placed.lineNo(), from, quantity, placed.allocations(), placed.backordered(),
                Times.now(clock));
    }

    /**
     * Prices the command exactly as {@link #place} would and says what is available per line, without reserving
     * or writing anything. Fails like capture does for unknown products, locations and pricing problems; stock
     * shortages are reported on the lines, not thrown.
     */
    public OrderQuote quote(PlaceOrder cmd) {
        OrderPricer.Priced quoted = pricer.price(cmd);
        List<String> skus = quoted.priced().lines().stream().map(Pricing.PricedLine::sku).distinct().toList();
        Map<String, Integer> available = cmd.locationCode() == null ? inventory.availableBySku(skus)
                : availableAt(cmd.locationCode(), skus);
        return new OrderQuote(quoted.priced().lines().stream().map(l -> new OrderQuote.Line(l.lineNo(), l.sku(),
                l.name(), l.quantity(), l.unitPrice(), l.lineTotal(), available.getOrDefault(l.sku(), 0),
                quoted.products().get(l.sku()).backorderable())).toList(), quoted.priced().totals());
    }

    /** Newest first; see {@link #list(OrderFilter, OrderSort, PageRequest)}. */
    public Page<OrderSummary> list(OrderFilter filter, PageRequest page) {
        return list(filter, OrderSort.NEWEST, page);
    }

    /** One page of the order list in one query, whatever the filters; the cursor continues in the same sort. */
    public Page<OrderSummary> list(OrderFilter filter, OrderSort sort, PageRequest page) {
        Cursor.TimeAndId after = page.cursor() == null ? null : Cursor.timeAndId(page.cursor());
        List<OrderSummary> rows = listQuery.list(filter, sort, after, page.limit() + 1);
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

    /** Orders created in [from, to): counted, cancelled, per channel, and revenue per currency (one aggregate). */
    public OrderStats.WindowTotals totals(Instant from, Instant to) {
        return statsQuery.totals(from, to);
    }

    /** Time from creation to first shipment of the orders created in [from, to), against {@code sla}. */
    public OrderStats.ShipTimes shipTimes(Instant from, Instant to, Duration sla) {
        return statsQuery.shipTimes(from, to, sla);
    }

    /** Sales of non-cancelled orders created in [from, to) per UTC day, currency and (optionally) channel or SKU. */
    public List<OrderStats.SalesRow> sales(Instant from, Instant to, OrderStats.SalesGroup group) {
        return statsQuery.sales(from, to, group);
    }

    /** Orders per status, fresh within a few seconds (for list tabs). */
    public Map<OrderStatus, Long> countsByStatus() {
        return statsQuery.countsByStatus();
    }

    private void requireExists(OrderId id) {
        if (!orders.exists(id)) {
            throw new NotFound("Order", id);
        }
    }

    /** Available units of each SKU at one location (a preview of a few lines: one small read per SKU). */
    private Map<String, Integer> availableAt(String locationCode, List<String> skus) {
        inventory.requireLocation(locationCode);
        Map<String, Integer> available = new java.util.HashMap<>();
        for (String sku : skus) {
            inventory.stockOf(sku).locations().stream().filter(l -> l.location().equals(locationCode))
                    .findFirst().ifPresent(l -> available.put(sku, l.available()));
        }
        return available;
    }

    /** Where the order ships, for the sourcing rules (null without a shipping address). */
    static ReserveStock.Destination destination(PlaceOrder cmd) {
        PostalAddress to = cmd.shippingAddress();
        return to == null ? null : new ReserveStock.Destination(to.country(), to.latitude(), to.longitude());
    }
}
