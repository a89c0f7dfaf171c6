package io.shipshape.fulfillment;

import java.util.List;

import io.shipshape.orders.FulfillmentStatus;
import io.shipshape.orders.OrderLifecycle;
import io.shipshape.orders.OrderView;
import org.springframework.stereotype.Component;

/**
 * The order's fulfillment status is a fact derived from its fulfillment orders (never edited): units shipped and
 * delivered against units ordered and not cancelled. Reported to the orders module when it changes, in the caller's transaction,
 * so the order's status moves together with the shipment that caused it.
 */
@Component
class OrderFulfillmentStatus {

    private final OrderLifecycle lifecycle;

    OrderFulfillmentStatus(OrderLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /**
     * Units to be fulfilled: the lines' quantities. A cancellation already takes its units off the line's quantity
     * (they move to the line's cancelled quantity), so nothing more is subtracted here.
     */
    static int units(OrderView order) {
        return order.lines().stream().mapToInt(OrderView.Line::quantity).sum();
    }

    static FulfillmentStatus derive(int ordered, List<FulfillmentView> fulfillments) {
        int shipped = 0;
        int delivered = 0;
        for (FulfillmentView f : fulfillments) {
            if (f.status() == FulfillmentOrderStatus.SHIPPED || f.status() == FulfillmentOrderStatus.DELIVERED) {
                shipped += f.units();
            }
            if (f.status() == FulfillmentOrderStatus.DELIVERED) {
                delivered += f.units();
            }
        }
        if (ordered > 0 && delivered >= ordered) {
            return FulfillmentStatus.DELIVERED;
        }
        if (ordered > 0 && shipped >= ordered) {
            return FulfillmentStatus.FULFILLED;
        }
        return shipped > 0 ? FulfillmentStatus.PARTIALLY_FULFILLED : FulfillmentStatus.UNFULFILLED;
    }

    /** Reports the derived status if it differs from what the order shows; returns it. */
    FulfillmentStatus report(OrderView order, List<FulfillmentView> fulfillments, String actor) {
        FulfillmentStatus status = derive(units(order), fulfillments);
        if (status != order.fulfillmentStatus()) {
            lifecycle.fulfillmentStatusChanged(order.id(), status, actor);
        }
        return status;
    }
}
