package io.shipshape.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.shipshape.inventory.InventoryManagement;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderStats.DailySales;
import io.shipshape.shared.web.AdminController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The back office's home: orders and revenue today and over the last 30 days (a chart), orders by status and
 * by channel, and the stock at or below its safety stock or reorder point.
 */
@AdminController
class DashboardController {

    /** One day of the chart; revenue in minor units of the dashboard's currency. */
    record Day(String date, long orders, long revenueMinor) {
    }

    private final OrderManagement orders;
    private final InventoryManagement inventory;
    private final Clock clock;

    DashboardController(OrderManagement orders, InventoryManagement inventory, Clock clock) {
        this.orders = orders;
        this.inventory = inventory;
        this.clock = clock;
    }

    @GetMapping({"/admin", "/admin/"})
    String dashboard(Model model) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate first = today.minusDays(29);
        var overview = orders.overview(first.atStartOfDay(ZoneOffset.UTC).toInstant());
        // The dashboard shows one currency: the one with the most revenue in the period.
        String currency = overview.days().stream()
                .collect(Collectors.groupingBy(d -> d.revenue().currencyCode(),
                        Collectors.summingLong(d -> d.revenue().amountMinor())))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("USD");
        Map<LocalDate, Day> byDay = new LinkedHashMap<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            byDay.put(d, new Day(d.toString(), 0, 0));
        }
        for (DailySales s : overview.days()) {
            Day day = byDay.get(s.day());
            if (day != null) {
                long revenue = s.revenue().currencyCode().equals(currency) ? s.revenue().amountMinor() : 0;
                byDay.put(s.day(), new Day(day.date(), day.orders() + s.orders(), day.revenueMinor() + revenue));
            }
        }
        List<Day> days = new ArrayList<>(byDay.values());
        Day todays = days.get(days.size() - 1);
        model.addAttribute("days", days);
        model.addAttribute("currency", currency);
        model.addAttribute("ordersToday", todays.orders());
        model.addAttribute("revenueToday", todays.revenueMinor());
        model.addAttribute("orders30", days.stream().mapToLong(Day::orders).sum());
        model.addAttribute("revenue30", days.stream().mapToLong(Day::revenueMinor).sum());
        model.addAttribute("byStatus", overview.byStatus());
        model.addAttribute("byChannel", overview.byChannel().entrySet().stream()
                .sorted(Map.Entry.<io.shipshape.orders.Channel, Long>comparingByValue(Comparator.reverseOrder()))
                .toList());
        model.addAttribute("lowStock", inventory.lowStock(20));
        return "dashboard";
    }
}
