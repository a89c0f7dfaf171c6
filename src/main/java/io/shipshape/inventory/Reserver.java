package io.shipshape.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.shipshape.inventory.LedgerRepository.NewMovement;
import io.shipshape.inventory.LedgerRepository.NewReservation;
import io.shipshape.inventory.Reservation.Allocation;
import io.shipshape.inventory.Reservation.LineReservation;
import io.shipshape.inventory.SourcingPlanner.Planned;
import io.shipshape.inventory.SourcingPlanner.Short;
import io.shipshape.inventory.StockRepository.Level;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The reservation hot path: read availability (one query), plan with {@link SourcingPlanner} and the sourcing
 * rules held in memory ({@link SourcingCache}), then apply the
 * plan with conditional updates in a fixed (sku, location id) order so concurrent orders cannot deadlock. If
 * another order took the units between the read and the update, the updates made so far are taken back in
 * this transaction and the plan is made again from fresh numbers. Then the reservations and their ledger rows
 * are written in one batch each.
 */
@Component
class Reserver {

    static final int MAX_ATTEMPTS = 20;

    private final StockRepository stock;
    private final LedgerRepository ledger;
    private final IdGenerator ids;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SourcingCache sourcingCache;

    Reserver(StockRepository stock, LedgerRepository ledger, IdGenerator ids, Clock clock,
             ApplicationEventPublisher events, SourcingCache sourcingCache) {
        this.sourcingCache = sourcingCache;
        this.stock = stock;
        this.ledger = ledger;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
    }

    Reservation reserve(ReserveStock cmd) {
        List<String> skus = new ArrayList<>(new LinkedHashSet<>(cmd.lines().stream().map(ReserveStock.Line::sku).toList()));
        Instant now = Times.now(clock);
        ReserveStock.Destination to = cmd.destination();
        SourcingPlanner.Order order = to == null ? new SourcingPlanner.Order(cmd.locationCode(), null, null, null)
                : new SourcingPlanner.Order(cmd.locationCode(), to.country(), to.latitude(), to.longitude());
        for (int attempt = 1; ; attempt++) {
            List<Level> levels = stock.levels(skus);
            Map<String, UUID> locationIds = new HashMap<>();
            List<SourcingPlanner.Stock> snapshot = new ArrayList<>();
            Map<String, Integer> priorities = new HashMap<>();
            for (Level l : levels) {
                locationIds.put(l.location(), l.locationId());
                priorities.put(l.location(), l.priority());
                snapshot.add(new SourcingPlanner.Stock(l.sku(), l.location(), l.available()));
            }
            SourcingCache.Snapshot sourcing = sourcingCache.get(priorities.keySet());
            Map<String, SourcingPlanner.Site> sites = sourcing.sitesOf(priorities);
            SourcingPlanner.Plan plan = SourcingPlanner.plan(cmd.lines(), snapshot, sites, order, sourcing.rules());
            if (plan instanceof Short s) {
                throw new InsufficientStock(s.shortages());
            }
            List<LineReservation> lines = ((Planned) plan).lines();
            if (apply(lines, locationIds, now)) {
                record(cmd, lines, locationIds, now);
                return new Reservation(lines);
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new InsufficientStock(SourcingPlanner.shortagesOf(cmd.lines(), snapshot, order, sourcing.rules()));
            }
        }
    }

    /** Applies the plan's increments in key order; on the first refusal takes back the ones made. */
    private boolean apply(List<LineReservation> lines, Map<String, UUID> locationIds, Instant now) {
        TreeMap<String, Integer> byKey = new TreeMap<>();
        Map<String, String[]> keyParts = new HashMap<>();
        for (LineReservation line : lines) {
            for (Allocation a : line.allocations()) {
                // (sku, location id): the order BatchReserver locks in too, so the two paths cannot deadlock.
                String key = line.sku() + '\u0000' + locationIds.get(a.location());
                byKey.merge(key, a.quantity(), Integer::sum);
                keyParts.put(key, new String[] {line.sku(), a.location()});
            }
        }
        List<String> done = new ArrayList<>();
        for (var e : byKey.entrySet()) {
            String[] parts = keyParts.get(e.getKey());
            if (!stock.tryReserve(parts[0], locationIds.get(parts[1]), e.getValue(), now)) {
                for (String key : done) {
                    String[] p = keyParts.get(key);
                    stock.unreserve(p[0], locationIds.get(p[1]), byKey.get(key));
                }
                return false;
            }
            done.add(e.getKey());
        }
        return true;
    }

    private void record(ReserveStock cmd, List<LineReservation> lines, Map<String, UUID> locationIds, Instant now) {
        List<NewReservation> reservations = new ArrayList<>();
        List<NewMovement> movements = new ArrayList<>();
        for (LineReservation line : lines) {
            for (Allocation a : line.allocations()) {
                UUID locationId = locationIds.get(a.location());
                reservations.add(new NewReservation(ids.next(), cmd.reference(), line.lineNo(), line.sku(), locationId,
                        a.quantity(), now));
                movements.add(new NewMovement(ids.next(), line.sku(), locationId, MovementType.RESERVATION,
                        a.quantity(), "reserved by " + a.rule(), cmd.reference(), cmd.actor(), now));
                events.publishEvent(new StockEvents.StockReserved(cmd.reference(), line.sku(), a.location(), a.quantity()));
            }
        }
        if (!reservations.isEmpty()) {
            ledger.insertReservations(reservations);
            ledger.insertMovements(movements);
        }
    }
}
