package io.shipshape.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.shipshape.catalog.CatalogManagement;
import io.shipshape.inventory.LedgerRepository.NewMovement;
import io.shipshape.inventory.StockEvents.StockCounted;
import io.shipshape.inventory.StockRepository.Level;
import io.shipshape.shared.Cursor;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.Page;
import io.shipshape.shared.PageRequest;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inventory module's entry point: locations, stock counts, stock queries, the ledger, and the
 * all-or-nothing {@link #reserve reservation} that order capture calls.
 */
@Service
public class InventoryManagement {

    private final LocationRepository locations;
    private final StockRepository stock;
    private final LedgerRepository ledger;
    private final Reserver reserver;
    private final BatchReserver batchReserver;
    private final StockReleases releases;
    private final ReorderQuery reorderQuery;
    private final CatalogManagement catalog;
    private final IdGenerator ids;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    InventoryManagement(LocationRepository locations, StockRepository stock, LedgerRepository ledger, Reserver reserver,
                        BatchReserver batchReserver, StockReleases releases, ReorderQuery reorderQuery,
                        CatalogManagement catalog, IdGenerator ids, Clock clock, ApplicationEventPublisher events) {
        this.locations = locations;
        this.stock = stock;
        this.ledger = ledger;
        this.reserver = reserver;
        this.batchReserver = batchReserver;
        this.releases = releases;
        this.reorderQuery = reorderQuery;
        this.catalog = catalog;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public LocationView createLocation(CreateLocation cmd) {
        LocationView location = new LocationView(ids.next(), cmd.code(), cmd.name(), cmd.type(), cmd.address(),
                cmd.latitude(), cmd.longitude(), cmd.priority() == null ? 100 : cmd.priority(), true,
                Times.now(clock));
        if (!locations.insert(location)) {
            throw new io.shipshape.shared.DomainException(io.shipshape.shared.ProblemType.DUPLICATE_LOCATION,
                    "Location '" + cmd.code() + "' already exists").with("location", cmd.code());
        }
        events.publishEvent(new StockEvents.LocationCreated(location.code(), location.type()));
        return location;
    }

    /** Changes a location (all fields but its code); 404 when the code is unknown. */
    @Transactional
    public LocationView updateLocation(String code, UpdateLocation cmd) {
        LocationView current = locations.findByCodeForUpdate(code)
                .orElseThrow(() -> new io.shipshape.shared.NotFound("Location", code));
        LocationView changed = new LocationView(current.id(), current.code(), cmd.name(), cmd.type(), cmd.address(),
                cmd.latitude(), cmd.longitude(), cmd.priority(), cmd.active(), current.createdAt());
        if (!changed.equals(current)) {
            locations.update(changed, Times.now(clock));
            events.publishEvent(new StockEvents.LocationUpdated(code, changed.active()));
        }
        return changed;
    }

    public List<LocationView> locations() {
        return locations.findAll();
    }

    public LocationView location(String code) {
        return locations.findByCode(code).orElseThrow(() -> new io.shipshape.shared.NotFound("Location", code));
    }

    /** The active location with this code, or {@link UnknownLocation} (a 422: the request names it). */
    public LocationView requireLocation(String code) {
        return locations.findByCode(code).filter(LocationView::active).orElseThrow(() -> new UnknownLocation(code));
    }

    /** A stock count: sets on-hand and records the difference as a COUNT movement. */
    @Transactional
    public StockLevelView setCount(SetStockCount cmd) {
        catalog.get(cmd.sku());
        LocationView location = location(cmd.locationCode());
        Instant now = Times.now(clock);
        stock.createLevelIfMissing(cmd.sku(), location.id(), now);
        Level level = stock.lockLevel(cmd.sku(), location.id()).orElseThrow();
        int safety = cmd.safetyStock() != null ? cmd.safetyStock() : level.safetyStock();
        Integer reorderPoint = cmd.reorderPoint() != null ? cmd.reorderPoint() : level.reorderPoint();
        Integer reorderQuantity = cmd.reorderQuantity() != null ? cmd.reorderQuantity() : level.reorderQuantity();
        stock.setCount(cmd.sku(), location.id(), cmd.onHand(), safety, reorderPoint, reorderQuantity, now);
        int delta = cmd.onHand() - level.onHand();
        if (delta != 0) {
            ledger.insertMovements(List.of(new NewMovement(ids.next(), cmd.sku(), location.id(), MovementType.COUNT,
                    delta, Objects.requireNonNullElse(cmd.reason(), "stock count"), null, cmd.actor(), now)));
            events.publishEvent(new StockCounted(cmd.sku(), location.code(), level.onHand(), cmd.onHand(), cmd.actor()));
        }
        // Fills backorders when the count raised on-hand, then compares the stock alert state (same transaction).
        events.publishEvent(new StockChanged(cmd.sku(), location.id(), location.code(), delta > 0));
        return stockOf(cmd.sku());
    }

    /** Stock of a SKU per location and in total (404 if the SKU is not in the catalog). */
    public StockLevelView stockOf(String sku) {
        catalog.get(sku);
        List<StockLevelView.AtLocation> at = new ArrayList<>();
        Map<String, Integer> inTransit = stock.inTransitTo(sku);
        int onHand = 0;
        int reserved = 0;
        int available = 0;
        for (Level l : stock.levelsOf(sku)) {
            int avail = Math.max(0, l.available());
            at.add(new StockLevelView.AtLocation(l.location(), l.onHand(), l.reserved(), avail, l.safetyStock(),
                    l.reorderPoint(), l.reorderQuantity(), inTransit.getOrDefault(l.location(), 0)));
            onHand += l.onHand();
            reserved += l.reserved();
            available += avail;
        }
        return new StockLevelView(sku, onHand, reserved, available, at,
                inTransit.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** Available units per SKU across active locations (for screens and capture previews). */
    public Map<String, Integer> availableBySku(List<String> skus) {
        Map<String, Integer> result = new LinkedHashMap<>();
        skus.forEach(s -> result.put(s, 0));
        for (Level l : stock.levels(skus)) {
            result.merge(l.sku(), Math.max(0, l.available()), Integer::sum);
        }
        return result;
    }

    /**
     * Stock per SKU x location in (SKU, location) order, a page at a time (one query per page). {@code skuQuery}
     * matches SKUs that start with it, ignoring case; {@code lowOnly} keeps the rows at or below safety stock or
     * reorder point.
     */
    public Page<StockRow> stockLevels(String skuQuery, boolean lowOnly, PageRequest page) {
        String prefix = skuQuery == null || skuQuery.isBlank() ? null : skuQuery.strip().toLowerCase(Locale.ROOT);
        if (prefix != null && (prefix.length() > 64 || prefix.chars().anyMatch(Character::isISOControl))) {
            throw new DomainException(ProblemType.INVALID_PARAMETER, "query must be at most 64 characters without"
                    + " control characters").with("parameter", "query");
        }
        String[] after = page.cursor() == null ? null : Cursor.decode(page.cursor()).split("\\n", -1);
        if (after != null && after.length != 2) {
            throw new DomainException(ProblemType.INVALID_PARAMETER, "cursor is not valid").with("parameter", "cursor");
        }
        List<StockRow> rows = stock.page(prefix, lowOnly, after == null ? null : after[0],
                after == null ? null : after[1], page.limit() + 1);
        if (rows.size() <= page.limit()) {
            return new Page<>(rows, null);
        }
        rows = List.copyOf(rows.subList(0, page.limit()));
        StockRow last = rows.get(rows.size() - 1);
        return new Page<>(rows, Cursor.encode(last.sku() + "\n" + last.location()));
    }

    /** Stock at or below its safety stock or reorder point, lowest availability first. */
    public List<LowStockRow> lowStock(int limit) {
        return stock.low(limit);
    }

    /** What to reorder: stock at or below its reorder point, at one location or (null) everywhere. */
    /** How many stock levels (SKU x active location) have nothing available now (on hand - reserved <= 0). */
    public long stockouts() {
        return reorderQuery.stockouts();
    }

    public List<ReorderSuggestion> reorderSuggestions(String locationCode) {
        if (locationCode != null) {
            location(locationCode);
        }
        return reorderQuery.atOrBelowReorderPoint(locationCode);
    }

    public Page<MovementView> movements(String sku, PageRequest page) {
        catalog.get(sku);
        Cursor.TimeAndId after = page.cursor() == null ? null : Cursor.timeAndId(page.cursor());
        List<MovementView> rows = ledger.movements(sku, after, page.limit() + 1);
        String next = null;
        if (rows.size() > page.limit()) {
            rows = rows.subList(0, page.limit());
            MovementView last = rows.get(rows.size() - 1);
            next = Cursor.ofTimeAndId(last.createdAt(), last.id());
        }
        return new Page<>(rows, next);
    }

    /**
     * Reserves every line of an order or nothing: {@link InsufficientStock} lists the shortages. Must run inside
     * the caller's transaction, which commits the reservation together with the order.
     */
    @Transactional
    public Reservation reserve(ReserveStock cmd) {
        if (cmd.locationCode() != null) {
            requireLocation(cmd.locationCode());
        }
        Reservation reservation = reserver.reserve(cmd);
        // Queues the backordered quantities and checks stock alerts of the changed rows (same transaction).
        events.publishEvent(new ReservationMade(cmd, reservation));
        return reservation;
    }

    /**
     * Grouped capture: reserves for several orders in one go, in the caller's transaction, deciding them in the
     * order given; an order that does not fit is refused alone ({@link GroupReservation#refused()}) and the others
     * still reserve. The orders may name no own location and hold no backorderable line (reserve those with
     * {@link #reserve}).
     */
    @Transactional
    public List<GroupReservation> reserveAll(List<ReserveStock> cmds) {
        return batchReserver.reserveAll(cmds);
    }

    /**
     * Gives back quantities of a reference's lines (an order's cancelled quantities): outstanding backorders first,
     * then active reservations with RELEASE movements. Fails with {@code conflict}, changing nothing, when less is
     * reserved or backordered than asked (shipped units are not released). Joins the caller's transaction.
     */
    @Transactional
    public StockReleased release(ReleaseStock cmd) {
        return releases.release(cmd);
    }

    public ConsistencyReport checkConsistency() {
        List<ConsistencyReport.Problem> problems = new ArrayList<>();
        for (LedgerRepository.Mismatch m : ledger.mismatches()) {
            if (m.onHand() != m.movementSum()) {
                problems.add(new ConsistencyReport.Problem(m.sku(), m.location(),
                        "on-hand " + m.onHand() + " but movements sum to " + m.movementSum()));
            }
            if (m.reserved() != m.activeReservations()) {
                problems.add(new ConsistencyReport.Problem(m.sku(), m.location(),
                        "reserved " + m.reserved() + " but active reservations sum to " + m.activeReservations()));
            }
            if (m.reserved() != m.reservationMovements()) {
                problems.add(new ConsistencyReport.Problem(m.sku(), m.location(),
                        "reserved " + m.reserved() + " but reservation movements sum to " + m.reservationMovements()));
            }
            if (m.onHand() < 0 || m.reserved() < 0) {
                problems.add(new ConsistencyReport.Problem(m.sku(), m.location(), "negative balance"));
            }
        }
        problems.sort(Comparator.comparing(ConsistencyReport.Problem::sku));
        return new ConsistencyReport(problems.isEmpty(), problems);
    }
}
