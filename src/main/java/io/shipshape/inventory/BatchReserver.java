package io.shipshape.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import io.shipshape.inventory.LedgerRepository.NewMovement;
import io.shipshape.inventory.LedgerRepository.NewReservation;
import io.shipshape.inventory.Reservation.Allocation;
import io.shipshape.inventory.Reservation.LineReservation;
import io.shipshape.inventory.StockRepository.Increment;
import io.shipshape.inventory.StockRepository.Level;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reserves for a batch of orders at once (grouped capture): the stock rows of all their SKUs are locked once, in
 * (sku, location id) order like {@link Reserver}, read fresh, and each order is planned in turn with
 * {@link SourcingPlanner} against what the earlier orders left; an order that does not fit is refused alone with
 * its shortages. Then one UPDATE per stock row (however many orders took from it: a hot SKU costs one row update
 * per batch) and one batch each of reservations and movements. Because the rows are locked before they are read,
 * there is no retry loop: what was read is what the updates apply to.
 * <p>
 * Only orders without an own location and without backorderable lines come here (the caller sends the others
 * through {@link Reserver} one at a time); so no backorders are queued here.
 */
@Component
class BatchReserver {

    private static final Comparator<Increment> LOCK_ORDER = Comparator.comparing(Increment::sku)
            .thenComparing(i -> i.locationId().toString());

    private final StockRepository stock;
    private final LedgerRepository ledger;
    private final SourcingCache sourcingCache;
    private final StockAlerts alerts;
    private final IdGenerator ids;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BatchReserver(StockRepository stock, LedgerRepository ledger, SourcingCache sourcingCache, StockAlerts alerts,
                  IdGenerator ids, Clock clock, ApplicationEventPublisher events) {
        this.stock = stock;
        this.ledger = ledger;
        this.sourcingCache = sourcingCache;
        this.alerts = alerts;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
    }

    List<GroupReservation> reserveAll(List<ReserveStock> cmds) {
        for (ReserveStock cmd : cmds) {
            if (cmd.locationCode() != null || cmd.lines().stream().anyMatch(ReserveStock.Line::backorderable)) {
                throw new IllegalArgumentException("Grouped reservation takes no own location nor backorderable lines");
            }
        }
        List<String> skus = new ArrayList<>(new TreeSet<>(cmds.stream()
                .flatMap(c -> c.lines().stream().map(ReserveStock.Line::sku)).toList()));
        List<Increment> rows = stock.levels(skus).stream().map(l -> new Increment(l.sku(), l.locationId(), 0))
                .sorted(LOCK_ORDER).toList();
        if (!rows.isEmpty()) {
            stock.lockInOrder(rows);
        }
        Map<String, UUID> locked = new HashMap<>();
        rows.forEach(r -> locked.put(r.sku() + '\u0000' + r.locationId(), r.locationId()));
        // Fresh under the locks; a row that appeared since the first read is not locked, so it is left out.
        Map<String, Integer> available = new LinkedHashMap<>();
        Map<String, UUID> locationIds = new HashMap<>();
        Map<String, Integer> priorities = new HashMap<>();
        for (Level l : stock.levels(skus)) {
            if (locked.containsKey(l.sku() + '\u0000' + l.locationId())) {
                available.put(l.sku() + '\u0000' + l.location(), l.available());
                locationIds.put(l.location(), l.locationId());
                priorities.put(l.location(), l.priority());
            }
        }
        SourcingCache.Snapshot sourcing = sourcingCache.get(priorities.keySet());
        Map<String, SourcingPlanner.Site> sites = sourcing.sitesOf(priorities);

        List<GroupReservation> outcomes = new ArrayList<>();
        Map<String, Integer> taken = new LinkedHashMap<>(); // "sku\0location" -> units this batch reserves there
        for (ReserveStock cmd : cmds) {
            ReserveStock.Destination to = cmd.destination();
            SourcingPlanner.Order order = to == null ? SourcingPlanner.Order.ANYWHERE
                    : new SourcingPlanner.Order(null, to.country(), to.latitude(), to.longitude());
            List<SourcingPlanner.Stock> snapshot = new ArrayList<>();
            available.forEach((key, units) -> {
                int sep = key.indexOf('\u0000');
                snapshot.add(new SourcingPlanner.Stock(key.substring(0, sep), key.substring(sep + 1), units));
            });
            SourcingPlanner.Plan plan = SourcingPlanner.plan(cmd.lines(), snapshot, sites, order, sourcing.rules());
            if (plan instanceof SourcingPlanner.Short s) {
                outcomes.add(new GroupReservation(null, new InsufficientStock(s.shortages())));
                continue;
            }
            List<LineReservation> lines = ((SourcingPlanner.Planned) plan).lines();
            for (LineReservation line : lines) {
                for (Allocation a : line.allocations()) {
                    String key = line.sku() + '\u0000' + a.location();
                    available.merge(key, -a.quantity(), Integer::sum);
                    taken.merge(key, a.quantity(), Integer::sum);
                }
            }
            outcomes.add(new GroupReservation(new Reservation(lines), null));
        }
        write(cmds, outcomes, taken, locationIds);
        return outcomes;
    }

    private void write(List<ReserveStock> cmds, List<GroupReservation> outcomes, Map<String, Integer> taken,
                       Map<String, UUID> locationIds) {
        if (taken.isEmpty()) {
            return;
        }
        Instant now = Times.now(clock);
        List<Increment> increments = new ArrayList<>();
        taken.forEach((key, quantity) -> {
            int sep = key.indexOf('\u0000');
            increments.add(new Increment(key.substring(0, sep), locationIds.get(key.substring(sep + 1)), quantity));
        });
        increments.sort(LOCK_ORDER);
        stock.addReserved(increments, now);
        List<NewReservation> reservations = new ArrayList<>();
        List<NewMovement> movements = new ArrayList<>();
        List<Reservation> made = new ArrayList<>();
        for (int i = 0; i < cmds.size(); i++) {
            ReserveStock cmd = cmds.get(i);
            Reservation reservation = outcomes.get(i).reservation();
            if (reservation == null) {
                continue;
            }
            made.add(reservation);
            for (LineReservation line : reservation.lines()) {
                for (Allocation a : line.allocations()) {
                    UUID locationId = locationIds.get(a.location());
                    reservations.add(new NewReservation(ids.next(), cmd.reference(), line.lineNo(), line.sku(),
                            locationId, a.quantity(), now));
                    movements.add(new NewMovement(ids.next(), line.sku(), locationId, MovementType.RESERVATION,
                            a.quantity(), "reserved by " + a.rule(), cmd.reference(), cmd.actor(), now));
                    events.publishEvent(new StockEvents.StockReserved(cmd.reference(), line.sku(), a.location(),
                            a.quantity()));
                }
            }
        }
        ledger.insertReservations(reservations);
        ledger.insertMovements(movements);
        alerts.onReserved(made);
    }
}
