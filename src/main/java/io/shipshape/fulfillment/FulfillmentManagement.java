package io.shipshape.fulfillment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.ProductView;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderStatus;
import io.shipshape.orders.OrderView;
import io.shipshape.shared.Cursor;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.Page;
import io.shipshape.shared.PageRequest;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fulfillment module's entry point. Every command locks its fulfillment order first ({@code FOR UPDATE}), so
 * two clerks acting on the same one are serialised and the second is refused by the transition table
 * ({@code invalid-transition}) instead of shipping twice.
 */
@Service
public class FulfillmentManagement {

    private final FulfillmentRepository repository;
    private final FulfillmentCreation creation;
    private final Shipping shipping;
    private final ShortPicks shortPicks;
    private final OrderChanges changes;
    private final Packing packing;
    private final Carriers carriers;
    private final ShippingLabels labels;
    private final OrderManagement orders;
    private final OrderFulfillmentStatus status;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FulfillmentManagement(FulfillmentRepository repository, FulfillmentCreation creation, Shipping shipping,
                          ShortPicks shortPicks, OrderChanges changes, Packing packing, Carriers carriers,
                          ShippingLabels labels, OrderManagement orders, OrderFulfillmentStatus status, Clock clock,
                          ApplicationEventPublisher events) {
        this.repository = repository;
        this.creation = creation;
        this.shipping = shipping;
        this.shortPicks = shortPicks;
        this.changes = changes;
        this.packing = packing;
        this.carriers = carriers;
        this.labels = labels;
        this.orders = orders;
        this.status = status;
        this.clock = clock;
        this.events = events;
    }

    public FulfillmentView get(FulfillmentId id) {
        return repository.find(id.value()).orElseThrow(() -> new NotFound("Fulfillment", id));
    }

    /**
     * Fulfillment orders matching the filter, highest priority (lowest number) and oldest first, a page at a time
     * (keyset on priority, creation time and id, so a page never repeats or skips a row while others are added).
     */
    public Page<FulfillmentView> list(FulfillmentFilter filter, PageRequest page) {
        FulfillmentRepository.Key after = page.cursor() == null ? null : key(page.cursor());
        List<FulfillmentView> rows = repository.list(new FulfillmentRepository.Filter(
                filter.orderId() == null ? null : filter.orderId().value(), filter.location(), filter.status(),
                filter.createdBefore(), filter.urgentOnly() ? FulfillmentCreation.URGENT : null,
                filter.carrier() == null || filter.carrier().isBlank() ? null
                        : filter.carrier().strip().toUpperCase(Locale.ROOT),
                filter.trackingNumber() == null || filter.trackingNumber().isBlank() ? null
                        : filter.trackingNumber().strip(), after),
                page.limit() + 1);
        if (rows.size() <= page.limit()) {
            return new Page<>(rows, null);
        }
        List<FulfillmentView> items = List.copyOf(rows.subList(0, page.limit()));
        FulfillmentView last = items.get(items.size() - 1);
        return new Page<>(items, Cursor.encode(last.priority() + "_" + last.createdAt().getEpochSecond() + "_"
                + last.createdAt().getNano() + "_" + last.id()));
    }

    private static FulfillmentRepository.Key key(String cursor) {
        String[] parts = Cursor.decode(cursor).split("_");
        try {
            if (parts.length == 4) {
                return new FulfillmentRepository.Key(Integer.parseInt(parts[0]),
                        Instant.ofEpochSecond(Long.parseLong(parts[1]), Integer.parseInt(parts[2])),
                        UUID.fromString(parts[3]));
            }
        } catch (RuntimeException e) {
            // falls through to the 400 below
        }
        throw new DomainException(ProblemType.INVALID_PARAMETER, "cursor is not valid").with("parameter", "cursor");
    }

    /** Fulfillment accuracy of what shipped in [from, to) (the KPI: shipped without a recorded mismatch). */
    public FulfillmentAccuracy accuracy(Instant from, Instant to) {
        long[] counts = repository.accuracy(from, to);
        return new FulfillmentAccuracy(counts[0], counts[1],
                counts[0] == 0 ? 1.0 : (double) (counts[0] - counts[1]) / counts[0]);
    }

    /** How many orders had a fulfillment order shipped (or handed over) in [from, to). */
    public long ordersShipped(Instant from, Instant to) {
        return repository.ordersShipped(from, to);
    }

    /**
     * The orders among these fulfillment orders' that are ON_HOLD (their warehouse steps are refused): one read of
     * the distinct orders' statuses for the whole page or batch, not a whole order read per order.
     */
    public Set<OrderId> heldOrders(List<FulfillmentView> fulfillments) {
        Set<OrderId> held = new HashSet<>();
        orders.statuses(fulfillments.stream().map(FulfillmentView::orderId).distinct().toList())
                .forEach((id, status) -> {
                    if (status == OrderStatus.ON_HOLD) {
                        held.add(id);
                    }
                });
        return held;
    }

    public List<FulfillmentView> ofOrder(OrderId orderId) {
        return repository.byOrder(orderId);
    }

    /**
     * Creates the order's fulfillment orders, one per allocated location, and hands POS sales over at once. Only
     * for an order IN_FULFILLMENT, and once (else nothing). Called by the release listener.
     */
    @Transactional
    public List<FulfillmentView> release(OrderId orderId, String actor) {
        OrderView order = orders.get(orderId);
        if (order.status() != OrderStatus.IN_FULFILLMENT) {
            return List.of(); // not released (or cancelled since): a later release event creates them
        }
        if (creation.release(order, actor).isEmpty()) {
            return List.of();
        }
        // The allocations the order shows may lag behind inventory (a backorder fill or a cancellation whose
        // listener has not run yet): line the new fulfillment orders up with what is really reserved.
        changes.reconcile(orderId, "Released", actor);
        List<FulfillmentView> created = new ArrayList<>();
        for (FulfillmentView f : repository.byOrder(orderId)) {
            created.add(f.kind() == FulfillmentKind.POS && f.status() == FulfillmentOrderStatus.OPEN
                    ? handOverAtTill(f, actor) : f);
        }
        return created;
    }

    /** Starts picking (OPEN to PICKING); picking one already PICKING changes nothing. */
    @Transactional
    public FulfillmentView pick(FulfillmentId id, String actor) {
        FulfillmentView f = lockUnheld(id, "pick");
        if (f.status() == FulfillmentOrderStatus.PICKING) {
            return f;
        }
        move(f, FulfillmentOrderStatus.PICKING);
        repository.setStatus(f.id().value(), FulfillmentOrderStatus.PICKING, Times.now(clock));
        return get(id);
    }

    /**
     * Confirms the packed quantity of each SKU (lines not named are packed 0) and moves to PACKED; see
     * {@link Packing#pack}.
     */
    @Transactional
    public FulfillmentView pack(FulfillmentId id, List<PackLine> lines, String actor) {
        packing.pack(lockUnheld(id, "pack"), lines, actor);
        return get(id);
    }

    /** One scan at the pack bench (a product barcode or SKU); see {@link Packing#scan}. */
    @Transactional
    public ScanResult scan(FulfillmentId id, String code, String actor) {
        return packing.scan(lockUnheld(id, "pack"), code, actor);
    }

    /** Ships what is packed (see {@link Shipping}); the unpacked rest stays in a new OPEN fulfillment order. */
    @Transactional
    public FulfillmentView ship(FulfillmentId id, ShipFulfillment cmd) {
        FulfillmentView f = lockUnheld(id, "ship");
        if (f.kind() != FulfillmentKind.SHIP) {
            throw new DomainException(ProblemType.INVALID_TRANSITION, "A " + f.kind().name().toLowerCase(Locale.ROOT)
                    + " fulfillment is handed over, not shipped").with("status", f.status().name());
        }
        move(f, FulfillmentOrderStatus.SHIPPED);
        CarrierView carrier = carriers.require(cmd.carrier());
        String given = cmd.trackingNumber() == null ? "" : cmd.trackingNumber().strip();
        // Blank only when the carrier's label provider assigns the number (the built-in one does not).
        String tracking = given.isEmpty() && labels.provider(carrier.code()).assignsTrackingNumber(carrier.code())
                ? null : requireTracking(given);
        if (cmd.weightGrams() != null && cmd.weightGrams() <= 0) {
            throw InvalidRequest.of("weightGrams", "must be positive");
        }
        if (cmd.cost() != null && cmd.cost().isNegative()) {
            throw InvalidRequest.of("cost", "must not be negative");
        }
        ShipFulfillment clean = new ShipFulfillment(carrier.code(), cmd.service(), tracking, cmd.weightGrams(),
                cmd.cost(), cmd.actor());
        return shipping.ship(f, carrier, clean, "Shipped from " + f.location() + " by " + carrier.name());
    }

    /** A tracking number as a shipment needs it: 1 to 64 printable characters without spaces, else 400. */
    static String requireTracking(String trackingNumber) {
        String tracking = trackingNumber == null ? "" : trackingNumber.strip();
        if (tracking.isEmpty() || tracking.length() > 64 || !tracking.chars().allMatch(c -> c > 32 && c < 127)) {
            throw InvalidRequest.of("trackingNumber", "must be 1 to 64 printable characters without spaces");
        }
        return tracking;
    }

    /** Marked delivered by staff or a carrier webhook; delivering a DELIVERED one again changes nothing. */
    @Transactional
    public FulfillmentView deliver(FulfillmentId id, String actor) {
        FulfillmentView f = lock(id);
        if (f.status() == FulfillmentOrderStatus.DELIVERED) {
            return f;
        }
        if (f.status() != FulfillmentOrderStatus.SHIPPED) {
            throw invalid(f, "deliver");
        }
        repository.delivered(f.id().value(), Times.now(clock));
        events.publishEvent(new FulfillmentDelivered(f.id(), f.orderId(), f.orderNumber(), f.location(), f.carrier(),
                f.trackingNumber()));
        orders.record(f.orderId(), "DELIVERED", "Delivered: fulfillment " + FulfillmentCreation.shortId(f.id())
                + (f.trackingNumber() == null ? "" : " (" + f.carrier() + " " + f.trackingNumber() + ")"), actor);
        status.report(orders.get(f.orderId()), repository.byOrder(f.orderId()), actor);
        return get(id);
    }

    /**
     * A carrier webhook reports the parcel with this tracking number delivered: the SHIPPED fulfillment order(s)
     * with it are marked delivered as by {@link #deliver}. Repeating it changes nothing (answers the DELIVERED one);
     * 404 when no shipped fulfillment order has this carrier and tracking number.
     */
    @Transactional
    public FulfillmentView deliverByTracking(String carrier, String trackingNumber, String actor) {
        String code = carrier == null ? "" : carrier.strip().toUpperCase(Locale.ROOT);
        String tracking = trackingNumber == null ? "" : trackingNumber.strip();
        List<FulfillmentView> found = repository.byTracking(code, tracking).stream()
                .filter(f -> f.status() == FulfillmentOrderStatus.SHIPPED
                        || f.status() == FulfillmentOrderStatus.DELIVERED).toList();
        if (found.isEmpty()) {
            throw new NotFound("Shipment", code + " " + tracking);
        }
        FulfillmentView answer = null;
        for (FulfillmentView f : found) {
            FulfillmentView delivered = deliver(f.id(), actor);
            answer = answer == null || f.status() == FulfillmentOrderStatus.SHIPPED ? delivered : answer;
        }
        return answer;
    }

    /**
     * The customer collects a ready pickup: the name given must match the order's customer (case and spacing
     * ignored), else 422 and nothing changes. Stock leaves and the payment is captured as for a shipment.
     */
    @Transactional
    public FulfillmentView pickUp(FulfillmentId id, String customerName, String actor) {
        FulfillmentView f = lockUnheld(id, "hand over");
        if (f.kind() != FulfillmentKind.PICKUP || f.status() != FulfillmentOrderStatus.PACKED) {
            throw invalid(f, "hand over for pickup");
        }
        OrderView order = orders.get(f.orderId());
        if (!normalize(customerName).equals(normalize(order.customer().name()))) {
            throw new DomainException(ProblemType.BUSINESS_RULE, "The name does not match the order's customer")
                    .with("field", "customerName");
        }
        return shipping.ship(f, null, new ShipFulfillment(null, null, null, null, null, actor),
                "Picked up at " + f.location() + " by " + customerName.strip());
    }

    /**
     * Short pick: these units cannot be fulfilled here ({@code reason} goes on the timeline); they are sourced
     * again elsewhere (new fulfillment orders, returned) or backordered. See {@link ShortPicks}.
     */
    @Transactional
    public List<FulfillmentView> reject(FulfillmentId id, List<PackLine> lines, String reason, String actor) {
        return shortPicks.reject(lock(id), lines, reason, actor);
    }

    /** A POS sale leaves with the customer at the till: packed in full and handed over. */
    private FulfillmentView handOverAtTill(FulfillmentView f, String actor) {
        for (FulfillmentView.Line line : f.lines()) {
            repository.setPacked(f.id().value(), line.lineNo(), line.quantity());
        }
        repository.setStatus(f.id().value(), FulfillmentOrderStatus.PACKED, Times.now(clock));
        return shipping.ship(get(f.id()), null, new ShipFulfillment(null, null, null, null, null, actor),
                "Handed over at the till in " + f.location());
    }

    FulfillmentView lock(FulfillmentId id) {
        return repository.lock(id.value()).orElseThrow(() -> new NotFound("Fulfillment", id));
    }

    /**
     * Locks the fulfillment order for a warehouse step (pick, pack, scan, ship, hand over), refused with 409
     * {@code order-on-hold} while its order is ON_HOLD: a held order waits until it is released, nothing changes.
     */
    private FulfillmentView lockUnheld(FulfillmentId id, String action) {
        FulfillmentView f = lock(id);
        if (orders.status(f.orderId()) == OrderStatus.ON_HOLD) {
            throw new DomainException(ProblemType.ORDER_ON_HOLD, "Cannot " + action + ": order " + f.orderNumber()
                    + " is on hold; release it first").with("status", f.status().name())
                    .with("orderStatus", OrderStatus.ON_HOLD.name());
        }
        return f;
    }

    static void move(FulfillmentView f, FulfillmentOrderStatus next) {
        if (!f.status().canMoveTo(next)) {
            throw invalid(f, next.name().toLowerCase(Locale.ROOT));
        }
    }

    static DomainException invalid(FulfillmentView f, String action) {
        return new DomainException(ProblemType.INVALID_TRANSITION, "Cannot " + action + " a fulfillment that is "
                + f.status()).with("status", f.status().name());
    }

    /** Requested units per SKU; every SKU must be one of the fulfillment's and quantities not negative. */
    static Map<String, Integer> bySku(List<PackLine> lines, FulfillmentView f) {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        List<PackLine> given = lines == null ? List.of() : lines;
        for (int i = 0; i < given.size(); i++) {
            PackLine l = given.get(i);
            String sku = l == null ? null : f.lines().stream().map(FulfillmentView.Line::sku)
                    .filter(s -> s.equalsIgnoreCase(l.sku())).findFirst().orElse(null);
            if (sku == null) {
                throw InvalidRequest.of("lines[" + i + "].sku", "is not in this fulfillment order");
            }
            if (l.quantity() < 0) {
                throw InvalidRequest.of("lines[" + i + "].quantity", "must not be negative");
            }
            wanted.merge(sku, l.quantity(), Integer::sum);
        }
        return wanted;
    }

    private static String normalize(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
