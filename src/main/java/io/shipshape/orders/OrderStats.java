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

    /** Orders created in a window: all of them, the cancelled ones, per channel, and per currency the non-cancelled. */
    public record WindowTotals(long orders, long cancelled, Map<Channel, Long> byChannel, List<CurrencyTotal> revenue) {
    }

    /** Non-cancelled orders of one currency and the sum of their totals. */
    public record CurrencyTotal(long orders, Money revenue) {
    }

    /**
     * Of the orders created in a window, how many have shipped (status history reached PARTIALLY_SHIPPED or
     * SHIPPED), the median hours from creation to that first shipment (null when none), and how many within the SLA.
     */
    public record ShipTimes(long shipped, Double medianHours, long withinSla) {
    }

    /** What sales are grouped by besides the day. */
    public enum SalesGroup {
        NONE, CHANNEL, SKU
    }

    /**
     * Sales of one UTC day, group (channel or SKU; null when not grouped) and currency, of non-cancelled orders:
     * orders, units ordered, and revenue (order totals; line totals when grouped by SKU).
     */
    public record SalesRow(LocalDate day, String group, long orders, long units, Money revenue) {
    }

    /** The figures of the dashboard: per-day sales over a period, orders by status and by channel. */
    public record Overview(List<DailySales> days, Map<OrderStatus, Long> byStatus, Map<Channel, Long> byChannel) {
    }
}
