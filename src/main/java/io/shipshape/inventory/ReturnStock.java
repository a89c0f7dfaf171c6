package io.shipshape.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.shipshape.inventory.LedgerRepository.NewMovement;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returned goods arriving at a location, for the returns module. A resellable unit goes back on hand with a
 * RETURN_RESTOCK movement and, like a receipt, first fills the oldest backorders of its SKU there. A damaged unit
 * is recorded as a RETURN_RESTOCK immediately followed by a WRITE_OFF of the same quantity: the ledger shows the
 * unit came back and was written off, on-hand does not change, and the ledger still sums to on-hand (so the
 * consistency check stays clean). Joins the caller's transaction; levels are locked in SKU order, as everywhere.
 */
@Service
public class ReturnStock {

    /** One SKU received back: {@code resellable} goes to stock, otherwise it is written off. */
    public record Line(String sku, int quantity, boolean resellable) {
    }

    /** What one line did: the SKU's on-hand at the location afterwards. */
    public record Result(String sku, int quantity, boolean resellable, int onHandAfter) {
    }

    private final InventoryManagement inventory;
    private final StockRepository stock;
    private final LedgerRepository ledger;
    private final IdGenerator ids;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReturnStock(InventoryManagement inventory, StockRepository stock, LedgerRepository ledger, IdGenerator ids,
                Clock clock, ApplicationEventPublisher events) {
        this.inventory = inventory;
        this.stock = stock;
        this.ledger = ledger;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
    }

    /** Restocks or writes off each line at the location; {@code reference} is the return's id for the ledger. */
    @Transactional
    public List<Result> receive(String locationCode, List<Line> lines, String reference, String actor) {
        if (lines == null || lines.isEmpty()) {
            throw InvalidRequest.of("lines", "must not be empty");
        }
        LocationView location = inventory.requireLocation(locationCode);
        Instant now = Times.now(clock);
        List<Line> ordered = lines.stream().sorted(Comparator.comparing(Line::sku)).toList();
        List<NewMovement> movements = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        for (Line line : ordered) {
            if (line.quantity() <= 0) {
                throw InvalidRequest.of("lines", "quantities must be at least 1");
            }
            stock.createLevelIfMissing(line.sku(), location.id(), now);
            StockRepository.Level level = stock.lockLevel(line.sku(), location.id()).orElseThrow();
            movements.add(new NewMovement(ids.next(), line.sku(), location.id(), MovementType.RETURN_RESTOCK,
                    line.quantity(), line.resellable() ? "return restock" : "returned damaged", reference, actor, now));
            if (line.resellable()) {
                stock.addOnHand(line.sku(), location.id(), line.quantity(), now);
            } else {
                movements.add(new NewMovement(ids.next(), line.sku(), location.id(), MovementType.WRITE_OFF,
                        -line.quantity(), "damaged on return", reference, actor, now));
            }
            results.add(new Result(line.sku(), line.quantity(), line.resellable(),
                    level.onHand() + (line.resellable() ? line.quantity() : 0)));
        }
        ledger.insertMovements(movements);
        // Backorders are filled (and alerts checked) in this transaction, only for stock that really arrived.
        ordered.stream().filter(Line::resellable).map(Line::sku).distinct().forEach(sku ->
                events.publishEvent(new StockChanged(sku, location.id(), location.code(), true)));
        return results;
    }
}
