package io.shipshape.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.shipshape.inventory.BackorderRepository.NewBackorder;
import io.shipshape.inventory.BackorderRepository.Queued;
import io.shipshape.inventory.LedgerRepository.NewMovement;
import io.shipshape.inventory.LedgerRepository.NewReservation;
import io.shipshape.inventory.StockEvents.BackorderAllocated;
import io.shipshape.inventory.StockRepository.Level;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The backorder queue. Capture queues what it backordered (one batch insert, only when a line is backordered);
 * stock arriving at a location fills the oldest outstanding backorders of its SKU first, reserving the units
 * there (reservation + RESERVATION movement, reason "backorder filled") and publishing
 * {@link BackorderAllocated} per fill, all in the transaction that brought the stock.
 */
@Component
class Backorders {

    static final String REASON = "backorder filled";
    private static final int BATCH = 200;

    private final BackorderRepository queue;
    private final StockRepository stock;
    private final LedgerRepository ledger;
    private final IdGenerator ids;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Backorders(BackorderRepository queue, StockRepository stock, LedgerRepository ledger, IdGenerator ids,
               Clock clock, ApplicationEventPublisher events) {
        this.queue = queue;
        this.stock = stock;
        this.ledger = ledger;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
    }

    @EventListener
    @Order(1)
    void on(ReservationMade made) {
        Instant now = Times.now(clock);
        List<NewBackorder> rows = new ArrayList<>();
        for (Reservation.LineReservation line : made.reservation().lines()) {
            if (line.backordered() > 0) {
                rows.add(new NewBackorder(ids.next(), made.cmd().reference(), line.lineNo(), line.sku(),
                        line.backordered(), now));
            }
        }
        if (!rows.isEmpty()) {
            queue.insert(rows);
            events.publishEvent(new BackordersQueued(rows.stream().map(NewBackorder::sku).distinct().toList()));
        }
    }

    /**
     * After a capture that queued backorders commits, fill them from whatever is available now. Without this, units
     * received while the capture was deciding (its receipt's fill could not see the uncommitted backorder) would
     * stay available until the next arrival. Runs in its own transaction, after commit, retried from the event
     * publication registry if it fails.
     */
    @ApplicationModuleListener
    void afterQueued(BackordersQueued queued) {
        for (String sku : queued.skus()) {
            for (Level level : stock.levelsOf(sku)) {
                if (level.available() > 0) {
                    fill(sku, level.locationId(), level.location());
                }
            }
        }
    }

    @EventListener
    @Order(1)
    void on(StockChanged changed) {
        if (changed.arrived()) {
            fill(changed.sku(), changed.locationId(), changed.location());
        }
    }

    /** Fills outstanding backorders of the SKU, oldest first, from what is available at the location. */
    void fill(String sku, UUID locationId, String location) {
        Level level = stock.lockLevel(sku, locationId).orElse(null);
        int available = level == null ? 0 : level.available();
        if (available <= 0) {
            return;
        }
        Instant now = Times.now(clock);
        List<NewReservation> reservations = new ArrayList<>();
        List<NewMovement> movements = new ArrayList<>();
        List<BackorderAllocated> allocated = new ArrayList<>();
        int total = 0;
        while (available > 0) {
            List<Queued> oldest = queue.outstanding(sku, BATCH);
            if (oldest.isEmpty()) {
                break;
            }
            for (Queued b : oldest) {
                int take = Math.min(b.outstanding(), available);
                if (!queue.take(b.id(), take, now)) {
                    break; // changed by a concurrent fill since it was read: read the queue again, in order
                }
                UUID allocationId = ids.next();
                reservations.add(new NewReservation(allocationId, b.reference(), b.lineNo(), sku, locationId, take, now));
                movements.add(new NewMovement(ids.next(), sku, locationId, MovementType.RESERVATION, take, REASON,
                        b.reference(), "system", now));
                allocated.add(new BackorderAllocated(allocationId, b.reference(), b.lineNo(), sku, location, take,
                        b.outstanding() - take));
                available -= take;
                total += take;
                if (available == 0) {
                    break;
                }
            }
        }
        if (total == 0) {
            return;
        }
        if (!stock.tryReserve(sku, locationId, total, now)) {
            throw new IllegalStateException("Stock of " + sku + " at " + location + " changed under its row lock");
        }
        ledger.insertReservations(reservations);
        ledger.insertMovements(movements);
        allocated.forEach(events::publishEvent);
    }
}
