package io.shipshape.orders;

import java.util.List;
import java.util.Map;

/**
 * What the lifecycle adds to an order's view: its current holds, its priority (raised by hold rules) and the
 * cancelled quantity per line number (lines without a cancellation are absent).
 */
public record OrderProcessingView(List<OrderHold> holds, int priority, Map<Integer, Integer> cancelledByLine) {

    public static final OrderProcessingView NONE = new OrderProcessingView(List.of(), 0, Map.of());
}
