package io.shipshape.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.shipshape.inventory.LedgerRepository.NewMovement;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Gives back stock of order lines that will not be fulfilled (a cancellation): the line's outstanding backorder
 * shrinks first, then its active reservations are released (newest first) with RELEASE movements, so on-hand,
 * reserved, the reservations and the ledger keep agreeing (the consistency check stays clean). Freed units are
 * announced as arrived stock, so the backorder queue of other orders is filled from them in the same transaction.
 */
@Component
class StockReleases {

    private final ReleaseRepository releases;
    private final LedgerRepository ledger;
    private final IdGenerator ids;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    StockReleases(ReleaseRepository releases, LedgerRepository ledger, IdGenerator ids, Clock clock,
                  ApplicationEventPublisher events) {
        this.releases = releases;
        this.ledger = ledger;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
    }

    StockReleased release(ReleaseStock cmd) {
        Instant now = Times.now(clock);
        List<NewMovement> movements = new ArrayList<>();
        TreeMap<String, Integer> unreserve = new TreeMap<>(); // "sku\0locationId", applied in key order (no deadlock)
        Map<String, UUID> keyLocation = new LinkedHashMap<>();
        Map<String, String> keySku = new LinkedHashMap<>();
        List<StockReleased.Line> result = new ArrayList<>();
        List<ReleaseStock.Line> lines = cmd.lines().stream()
                .sorted(Comparator.comparingInt(ReleaseStock.Line::lineNo)).toList();
        List<UUID> touched = new ArrayList<>();
        Map<Integer, Map<UUID, Integer>> freedByLine = new LinkedHashMap<>();
        Map<Integer, Integer> cancelledByLine = new LinkedHashMap<>();
        for (ReleaseStock.Line line : lines) {
            int remaining = line.quantity();
            int cancelled = 0;
            for (ReleaseRepository.Backordered b : releases.backorders(cmd.reference(), line.lineNo())) {
                int take = Math.min(remaining, b.outstanding());
                if (take > 0) {
                    releases.cancelBackorder(b.id(), take, now);
                    remaining -= take;
                    cancelled += take;
                }
            }
            Map<UUID, Integer> freed = new LinkedHashMap<>();
            for (ReleaseRepository.Held r : releases.reservations(cmd.reference(), line.lineNo())) {
                if (remaining == 0) {
                    break;
                }
                int take = Math.min(remaining, r.quantity());
                releases.releaseReservation(r, take);
                remaining -= take;
                freed.merge(r.locationId(), take, Integer::sum);
                String key = line.sku() + '\u0000' + r.locationId();
                unreserve.merge(key, take, Integer::sum);
                keyLocation.put(key, r.locationId());
                keySku.put(key, line.sku());
                movements.add(new NewMovement(ids.next(), line.sku(), r.locationId(), MovementType.RELEASE, -take,
                        cmd.reason() == null ? "released" : "released: " + cmd.reason(), cmd.reference(),
                        cmd.actor(), now));
                touched.add(r.locationId());
            }
            if (remaining > 0) {
                throw new DomainException(ProblemType.CONFLICT, "Only " + (line.quantity() - remaining) + " of "
                        + line.quantity() + " x " + line.sku() + " are still reserved or backordered for "
                        + cmd.reference() + " (shipped units cannot be released)").with("sku", line.sku());
            }
            freedByLine.put(line.lineNo(), freed);
            cancelledByLine.put(line.lineNo(), cancelled);
        }
        for (var e : unreserve.entrySet()) {
            if (!releases.unreserve(keySku.get(e.getKey()), keyLocation.get(e.getKey()), e.getValue(), now)) {
                throw new IllegalStateException("reserved count below active reservations for " + e.getKey());
            }
        }
        if (!movements.isEmpty()) {
            ledger.insertMovements(movements);
        }
        Map<UUID, String> codes = releases.codes(touched);
        for (ReleaseStock.Line line : lines) {
            result.add(new StockReleased.Line(line.lineNo(), line.sku(), cancelledByLine.get(line.lineNo()),
                    freedByLine.get(line.lineNo()).entrySet().stream()
                            .map(f -> new StockReleased.Freed(codes.get(f.getKey()), f.getValue())).toList()));
        }
        unreserve.keySet().forEach(key -> events.publishEvent(new StockChanged(keySku.get(key), keyLocation.get(key),
                codes.get(keyLocation.get(key)), true)));
        return new StockReleased(result);
    }
}
