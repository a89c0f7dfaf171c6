package io.shipshape.returns;

import java.util.List;

import io.shipshape.orders.OrderId;

/**
 * Command: request a return of shipped lines. {@code byCustomer}: from the tracking page (the return window
 * applies); staff and API requests may be outside the window.
 */
public record RequestReturn(OrderId orderId, List<Line> lines, ReturnResolution resolution, boolean byCustomer,
                            String actor) {

    public record Line(String sku, int quantity, String reason) {
    }
}
