package io.shipshape.orders;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.shipshape.shared.Money;

/** Aggregate figures about orders for the dashboard and the order list's status counts. */
public final class OrderStats {

    private OrderStats() {
    }

    /** Orders and revenue (non-cancelled orders) of one UTC day in one currency. */
    public record DailySales(LocalDate day, long orders, Money revenue) {
    }

    /** The figures of the dashboard: per-day sales over a period, orders by status and by channel. */
    public record Overview(List<DailySales> days, Map<OrderStatus, Long> byStatus, Map<Channel, Long> byChannel) {
    }
}
