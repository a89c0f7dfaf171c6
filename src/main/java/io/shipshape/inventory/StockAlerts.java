package io.shipshape.inventory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.shipshape.inventory.StockRepository.AlertLevel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Low, out-of-stock and back-in-stock alerts, once per crossing: each stock level keeps its last alert state
 * (OK, LOW, OUT) and the transaction that changes its balances compares it with the state after the change.
 * The rows checked are locked by that transaction (it just changed them), so two transactions cannot both
 * see the same crossing.
 * <p>
 * Cost on the capture hot path: one extra query (the rows the reservation changed, with their alert state),
 * plus one update per row whose state crossed a threshold (rare); none when nothing was reserved.
 */
@Component
class StockAlerts {

    enum State { OK, LOW, OUT }

    private record Key(String sku, String location) {
    }

    private final StockRepository stock;
    private final ApplicationEventPublisher events;

    StockAlerts(StockRepository stock, ApplicationEventPublisher events) {
        this.stock = stock;
        this.events = events;
    }

    /** OUT when nothing is available, LOW at or below the reorder point (when there is one), else OK. */
    static State stateOf(int available, Integer reorderPoint) {
        if (available <= 0) {
            return State.OUT;
        }
        return reorderPoint != null && available <= reorderPoint ? State.LOW : State.OK;
    }

    @EventListener
    @Order(2)
    void on(StockChanged changed) {
        check(Set.of(new Key(changed.sku(), changed.location())));
    }

    @EventListener
    @Order(2)
    void on(ReservationMade made) {
        Set<Key> keys = new LinkedHashSet<>();
        made.reservation().lines().forEach(l -> l.allocations().forEach(a -> keys.add(new Key(l.sku(), a.location()))));
        if (!keys.isEmpty()) {
            check(keys);
        }
    }

    /** The grouped capture path: one check for every row a batch of orders reserved at (its rows are locked). */
    void onReserved(List<Reservation> reservations) {
        Set<Key> keys = new LinkedHashSet<>();
        reservations.forEach(r -> r.lines().forEach(l -> l.allocations().forEach(a -> keys.add(new Key(l.sku(), a.location())))));
        if (!keys.isEmpty()) {
            check(keys);
        }
    }

    private void check(Set<Key> keys) {
        List<String> skus = keys.stream().map(Key::sku).distinct().toList();
        List<String> codes = keys.stream().map(Key::location).distinct().toList();
        for (AlertLevel level : stock.alertLevels(skus, codes)) {
            if (!keys.contains(new Key(level.sku(), level.location()))) {
                continue; // not changed (nor locked) by this transaction
            }
            State before = State.valueOf(level.alertState());
            State after = stateOf(level.available(), level.reorderPoint());
            if (before == after) {
                continue;
            }
            stock.setAlertState(level.sku(), level.locationId(), after.name());
            publish(level, before, after);
        }
    }

    private void publish(AlertLevel level, State before, State after) {
        if (before == State.OK && after != State.OK && level.reorderPoint() != null) {
            events.publishEvent(new StockEvents.LowStock(level.sku(), level.location(), Math.max(0, level.available()),
                    level.reorderPoint()));
        }
        if (after == State.OUT) {
            events.publishEvent(new StockEvents.OutOfStock(level.sku(), level.location()));
        }
        if (before == State.OUT) {
            events.publishEvent(new StockEvents.BackInStock(level.sku(), level.location(), level.available()));
        }
    }
}
