package io.shipshape.fulfillment;

import java.util.UUID;

import io.shipshape.inventory.StockEvents.BackorderAllocated;
import io.shipshape.orders.OrderEvents.OrderCancelled;
import io.shipshape.orders.OrderEvents.OrderReleasedToFulfillment;
import io.shipshape.orders.OrderId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What other modules' events mean here, each after their transaction committed and in its own (durable through
 * the event publication registry, so each handler is idempotent): a released order gets its fulfillment orders,
 * a filled backorder or a cancellation brings the open fulfillment orders back in line with what is reserved
 * ({@link OrderChanges}).
 */
@Component
class FulfillmentListeners {

    static final String SYSTEM = "system";

    private final FulfillmentManagement fulfillment;
    private final OrderChanges changes;

    FulfillmentListeners(FulfillmentManagement fulfillment, OrderChanges changes) {
        this.fulfillment = fulfillment;
        this.changes = changes;
    }

    @ApplicationModuleListener
    void on(OrderReleasedToFulfillment released) {
        fulfillment.release(released.orderId(), SYSTEM);
    }

    @ApplicationModuleListener
    void on(BackorderAllocated filled) {
        OrderId orderId;
        try {
            orderId = new OrderId(UUID.fromString(filled.reference()));
        } catch (IllegalArgumentException notAnOrder) {
            return;
        }
        changes.reconcile(orderId, "Backorder filled at " + filled.location(), SYSTEM);
    }

    @ApplicationModuleListener
    void on(OrderCancelled cancelled) {
        changes.reconcile(cancelled.orderId(), "Order cancelled" + (cancelled.whole() ? "" : " in part"),
                cancelled.actor());
    }
}
