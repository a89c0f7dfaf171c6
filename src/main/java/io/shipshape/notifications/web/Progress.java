package io.shipshape.notifications.web;

import java.util.List;

import io.shipshape.notifications.CustomerStatus;
import io.shipshape.notifications.TrackingView;

/**
 * The tracking page's progress bar: four stages a customer knows (a pickup order's third and fourth are "ready" and
 * "collected"), with how many are done. A cancelled order shows no bar.
 */
public record Progress(List<String> stages, int done) {

    static Progress of(TrackingView view) {
        boolean pickup = view.pickup() != null;
        List<String> stages = pickup ? List.of("Received", "Confirmed", "Ready", "Collected")
                : List.of("Received", "Confirmed", "Shipped", "Delivered");
        return new Progress(stages, done(view.status()));
    }

    private static int done(CustomerStatus status) {
        return switch (status) {
            case RECEIVED -> 1;
            case CONFIRMED, PREPARING -> 2;
            case PARTIALLY_SHIPPED, SHIPPED, READY_FOR_PICKUP -> 3;
            case DELIVERED -> 4;
            case CANCELLED -> 0;
        };
    }

    public boolean reached(int index) {
        return index < done;
    }
}
