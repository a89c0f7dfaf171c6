package io.shipshape.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.shipshape.inventory.BackorderRepository.NewBackorder;
import io.shipshape.inventory.LedgerRepository.NewMovement;
import io.shipshape.inventory.LedgerRepository.NewReservation;
import io.shipshape.inventory.Reservation.Allocation;
import io.shipshape.inventory.Reservation.LineReservation;
import io.shipshape.inventory.StockRepository.Level;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What fulfillment does to stock. {@link #ship}: reserved units leave the building (on-hand and reserved go down,
 * the reservation is consumed, SHIPMENT and RELEASE movements). {@link #reallocate}: a location could not pick a
 * line (short pick), so its reservation there is released and the quantity is sourced again elsewhere by the
 * sourcing rules, or backordered. Both join the caller's transaction, which also records the fulfillment.
 */
@Service
public class FulfillmentStock {

    /** A quantity of one order line. */
    public record Line(int lineNo, String sku, int quantity) {
    }

    /** Units of an order line still reserved at a location. */
    public record Reserved(int lineNo, String sku, String location, int quantity) {
    }

    private final LocationRepository locations;
    private final StockRepository stock;
    private final LedgerRepository ledger;
    private final BackorderRepository backorders;
    private final FulfillmentStockRepository repository;
    private final SourcingCache sourcingCache;
    private final IdGenerator ids;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FulfillmentStock(LocationRepository locations, StockRepository stock, LedgerRepository ledger,
                     BackorderRepository backorders, FulfillmentStockRepository repository, SourcingCache sourcingCache,
                     IdGenerator ids, Clock clock, ApplicationEventPublisher events) {
        this.locations = locations;
        this.stock = stock;
        this.ledger = ledger;
        this.backorders = backorders;
        this.repository = repository;
        this.sourcingCache = sourcingCache;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Ships the lines from the location for the reference (an order id): consumes exactly that much of the lines'
     * active reservations there. Fails with {@code conflict}, changing nothing, when less is reserved.
     */
    @Transactional
    public void ship(String reference, String locationCode, List<Line> lines, String actor) {
        UUID locationId = locationId(locationCode);
        Instant now = Times.now(clock);
        List<NewMovement> movements = new ArrayList<>();
        for (Line line : inLockOrder(lines)) {
            take(reference, line, locationId, locationCode, "CONSUMED", now);
            if (!repository.ship(line.sku(), locationId, line.quantity(), now)) {
                throw notReserved(line, locationCode);
            }
            movements.add(new NewMovement(ids.next(), line.sku(), locationId, MovementType.SHIPMENT, -line.quantity(),
                    "shipped", reference, actor, now));
            movements.add(new NewMovement(ids.next(), line.sku(), locationId, MovementType.RELEASE, -line.quantity(),
                    "reservation consumed by shipment", reference, actor, now));
        }
        if (!movements.isEmpty()) {
            ledger.insertMovements(movements);
        }
    }

    /** What is still reserved for the reference (an order id), per line and location. */
    public List<Reserved> reservedFor(String reference) {
        return repository.activeByReference(reference);
    }

    /**
     * Releases {@code line} at {@code fromLocation} and reserves it again at other locations by the sourcing rules
     * ({@code destination} feeds the country and distance rules; may be null). What no other location has is
     * added to the line's backorder, to be filled when stock arrives. Returns the new allocations and backorder.
     */
    @Transactional
    public LineReservation reallocate(String reference, String fromLocation, Line line,
                                      ReserveStock.Destination destination, String reason, String actor) {
        UUID fromId = locationId(fromLocation);
        Instant now = Times.now(clock);
        take(reference, line, fromId, fromLocation, "RELEASED", now);
        if (!repository.release(line.sku(), fromId, line.quantity(), now)) {
            throw notReserved(line, fromLocation);
        }
        ledger.insertMovements(List.of(new NewMovement(ids.next(), line.sku(), fromId, MovementType.RELEASE,
                -line.quantity(), "short pick: " + reason, reference, actor, now)));
        LineReservation placed = reserveElsewhere(reference, fromLocation, line, destination, actor, now);
        if (placed.backordered() > 0 && !repository.addToBackorder(reference, line.lineNo(), placed.backordered(), now)) {
            backorders.insert(List.of(new NewBackorder(ids.next(), reference, line.lineNo(), line.sku(),
                    placed.backordered(), now)));
        }
        return placed;
    }

    /**
     * Plans with {@link SourcingPlanner} over every active location but {@code excluded} (the line counts as
     * backorderable: a short pick is never refused), then reserves with conditional updates; if another order
     * took the units in between, plans again from fresh numbers, as {@link Reserver} does.
     */
    private LineReservation reserveElsewhere(String reference, String excluded, Line line,
                                             ReserveStock.Destination to, String actor, Instant now) {
        SourcingPlanner.Order order = to == null ? SourcingPlanner.Order.ANYWHERE
                : new SourcingPlanner.Order(null, to.country(), to.latitude(), to.longitude());
        List<ReserveStock.Line> wanted = List.of(new ReserveStock.Line(line.lineNo(), line.sku(), line.quantity(), true));
        for (int attempt = 1; attempt <= Reserver.MAX_ATTEMPTS; attempt++) {
            Map<String, UUID> locationIds = new HashMap<>();
            Map<String, Integer> priorities = new HashMap<>();
            List<SourcingPlanner.Stock> snapshot = new ArrayList<>();
            for (Level l : stock.levels(List.of(line.sku()))) {
                if (!l.location().equals(excluded)) {
                    locationIds.put(l.location(), l.locationId());
                    priorities.put(l.location(), l.priority());
                    snapshot.add(new SourcingPlanner.Stock(l.sku(), l.location(), l.available()));
                }
            }
            SourcingCache.Snapshot sourcing = sourcingCache.get(priorities.keySet());
            Map<String, SourcingPlanner.Site> sites = sourcing.sitesOf(priorities);
            SourcingPlanner.Plan plan = SourcingPlanner.plan(wanted, snapshot, sites, order, sourcing.rules());
            LineReservation planned = ((SourcingPlanner.Planned) plan).lines().get(0);
            if (apply(planned, locationIds, now)) {
                List<NewReservation> rows = new ArrayList<>();
                List<NewMovement> movements = new ArrayList<>();
                for (Allocation a : planned.allocations()) {
                    UUID at = locationIds.get(a.location());
                    rows.add(new NewReservation(ids.next(), reference, line.lineNo(), line.sku(), at, a.quantity(), now));
                    movements.add(new NewMovement(ids.next(), line.sku(), at, MovementType.RESERVATION, a.quantity(),
                            "re-sourced after short pick at " + excluded + " by " + a.rule(), reference, actor, now));
                    events.publishEvent(new StockEvents.StockReserved(reference, line.sku(), a.location(), a.quantity()));
                }
                if (!rows.isEmpty()) {
                    ledger.insertReservations(rows);
                    ledger.insertMovements(movements);
                }
                return planned;
            }
        }
        // Every attempt lost its units to concurrent orders: backorder it all rather than fail the short pick.
        return new LineReservation(line.lineNo(), line.sku(), List.of(), line.quantity());
    }

    private boolean apply(LineReservation planned, Map<String, UUID> locationIds, Instant now) {
        List<Allocation> done = new ArrayList<>();
        for (Allocation a : planned.allocations().stream().sorted(Comparator.comparing(Allocation::location)).toList()) {
            if (!stock.tryReserve(planned.sku(), locationIds.get(a.location()), a.quantity(), now)) {
                done.forEach(d -> stock.unreserve(planned.sku(), locationIds.get(d.location()), d.quantity()));
                return false;
            }
            done.add(a);
        }
        return true;
    }

    /** Closes {@code line.quantity()} of the line's active reservation rows at the location, oldest first. */
    private void take(String reference, Line line, UUID locationId, String locationCode, String status, Instant now) {
        int left = line.quantity();
        List<FulfillmentStockRepository.Active> rows = repository.lockActive(reference, line.lineNo(), line.sku(),
                locationId);
        if (rows.stream().mapToInt(FulfillmentStockRepository.Active::quantity).sum() < left) {
            throw notReserved(line, locationCode);
        }
        for (FulfillmentStockRepository.Active row : rows) {
            if (left == 0) {
                break;
            }
            if (row.quantity() <= left) {
                repository.close(row.id(), status);
                left -= row.quantity();
            } else {
                repository.split(row.id(), left, ids.next(), status, now);
                left = 0;
            }
        }
    }

    private UUID locationId(String code) {
        return locations.findByCode(code).map(LocationView::id).orElseThrow(() -> new UnknownLocation(code));
    }

    /** Stock rows are locked in (SKU, line) order, as capture locks them in (SKU, location) order: no deadlock. */
    private static List<Line> inLockOrder(List<Line> lines) {
        return lines.stream().sorted(Comparator.comparing(Line::sku).thenComparingInt(Line::lineNo)).toList();
    }

    private static DomainException notReserved(Line line, String location) {
        return new DomainException(ProblemType.CONFLICT, "Fewer than " + line.quantity() + " units of " + line.sku()
                + " (line " + line.lineNo() + ") are reserved at " + location + " for this order")
                .with("sku", line.sku()).with("location", location);
    }
}
