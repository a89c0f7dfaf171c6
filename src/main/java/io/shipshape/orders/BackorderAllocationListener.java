package io.shipshape.orders;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.shipshape.inventory.StockEvents.BackorderAllocated;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.Times;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Stock that arrived filled a backordered line (inventory decided it in its own transaction): after that
 * commits, the order's line gains the allocation, loses as much backordered quantity, and the timeline says
 * so. Durable through the event publication registry; a redelivered event changes nothing twice (the fill is
 * recorded under its allocation id).
 */
@Component
class BackorderAllocationListener {

    private final OrderRepository orders;
    private final IdGenerator ids;
    private final Clock clock;

    BackorderAllocationListener(OrderRepository orders, IdGenerator ids, Clock clock) {
        this.orders = orders;
        this.ids = ids;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(BackorderAllocated event) {
        OrderId orderId;
        try {
            orderId = new OrderId(UUID.fromString(event.reference()));
        } catch (IllegalArgumentException notAnOrder) {
            return;
        }
        Instant now = Times.now(clock);
        if (orders.applyBackorderFill(event.allocationId(), orderId, event.lineNo(), event.location(),
                event.quantity(), now)) {
            orders.insertTimeline(orderId, List.of(new TimelineEntry(ids.next(), now, "BACKORDER_FILLED",
                    "Backorder filled: " + event.quantity() + " x " + event.sku() + " at " + event.location()
                            + (event.remaining() > 0 ? " (" + event.remaining() + " still backordered)" : ""),
                    "system")));
        }
    }
}
