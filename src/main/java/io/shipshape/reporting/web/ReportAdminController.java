package io.shipshape.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.shipshape.inventory.InventoryManagement;
import io.shipshape.orders.OrderStats.SalesGroup;
import io.shipshape.reporting.ReportWindow;
import io.shipshape.reporting.ReportingManagement;
import io.shipshape.reporting.SalesBucket;
import io.shipshape.shared.web.AdminController;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/reports}: the key figures of the last 30 days with a chart of daily orders and revenue, then what to
 * reorder (with a CSV download).
 */
@AdminController
class ReportAdminController {

    /** One day of the chart: orders (all currencies) and revenue in the chart's currency, in minor units. */
    record Day(String date, long orders, long revenueMinor) {
    }

    private static final int DAYS = 30;

    private final InventoryManagement inventory;
    private final ReportingManagement reports;
    private final Clock clock;

    ReportAdminController(InventoryManagement inventory, ReportingManagement reports, Clock clock) {
        this.inventory = inventory;
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping({"/admin/reports", "/admin/reports/reorder-suggestions"})
    String reorder(@RequestParam(required = false) String location, Model model) {
        String code = ReorderReportApiController.blankToNull(location);
        model.addAttribute("location", code);
        model.addAttribute("locations", inventory.locations());
        model.addAttribute("suggestions", inventory.reorderSuggestions(code));
        ReportWindow window = ReportWindow.lastDays(DAYS, clock);
        model.addAttribute("kpis", reports.kpis(window));
        chart(reports.sales(window, SalesBucket.Granularity.DAY, SalesGroup.NONE), model);
        return "reporting/reorder";
    }

    /** The chart shows one currency's revenue: the one with the most revenue in the period (as the dashboard). */
    private void chart(List<SalesBucket> buckets, Model model) {
        String currency = buckets.stream()
                .collect(Collectors.groupingBy(b -> b.revenue().currencyCode(),
                        Collectors.summingLong(b -> b.revenue().amountMinor())))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("USD");
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Map<LocalDate, Day> byDay = new LinkedHashMap<>();
        for (LocalDate d = today.minusDays(DAYS - 1L); !d.isAfter(today); d = d.plusDays(1)) {
            byDay.put(d, new Day(d.toString(), 0, 0));
        }
        for (SalesBucket b : buckets) {
            byDay.computeIfPresent(b.periodStart(), (d, day) -> new Day(day.date(), day.orders() + b.orders(),
                    day.revenueMinor() + (b.revenue().currencyCode().equals(currency) ? b.revenue().amountMinor() : 0)));
        }
        model.addAttribute("days", new ArrayList<>(byDay.values()));
        model.addAttribute("currency", currency);
    }

    @GetMapping(value = "/admin/reports/reorder-suggestions.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String location) {
        return CsvDownload.of("reorder-suggestions.csv", ReorderReportApiController.toCsv(
                inventory.reorderSuggestions(ReorderReportApiController.blankToNull(location))));
    }
}
