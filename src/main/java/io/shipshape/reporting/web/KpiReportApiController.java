package io.shipshape.reporting.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.shipshape.reporting.Csv;
import io.shipshape.reporting.Kpis;
import io.shipshape.reporting.ReportWindow;
import io.shipshape.reporting.ReportingManagement;
import io.shipshape.shared.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/reports/kpis?from=&to=}: the key figures of a window, as JSON or CSV (one row per figure). */
@RestController
@Tag(name = "Reports")
class KpiReportApiController {

    private final ReportingManagement reports;
    private final Clock clock;

    KpiReportApiController(ReportingManagement reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping(value = "/api/v1/reports/kpis", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Key figures of a window (default the last 30 days; also as text/csv)")
    Kpis json(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return reports.kpis(ReportWindow.parse(from, to, clock));
    }

    @GetMapping(value = "/api/v1/reports/kpis", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return CsvDownload.of("kpis.csv", toCsv(reports.kpis(ReportWindow.parse(from, to, clock))));
    }

    /** {@code metric,key,value}: key is the currency of a money figure or the channel of ordersByChannel. */
    static String toCsv(Kpis k) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("orders", "", k.orders()));
        k.revenue().forEach(m -> rows.add(money("revenue", m)));
        k.averageOrderValue().forEach(m -> rows.add(money("averageOrderValue", m)));
        k.ordersByChannel().forEach((channel, n) -> rows.add(row("ordersByChannel", channel.name(), n)));
        rows.add(row("medianTimeToShipHours", "", k.medianTimeToShipHours()));
        rows.add(row("onTimeShipRate", "", k.onTimeShipRate()));
        rows.add(row("fulfillmentAccuracy", "", k.fulfillmentAccuracy()));
        rows.add(row("returnRate", "", k.returnRate()));
        rows.add(row("cancellationRate", "", k.cancellationRate()));
        rows.add(row("stockouts", "", k.stockouts()));
        return Csv.of(List.of("metric", "key", "value"), rows);
    }

    private static List<Object> money(String metric, Money m) {
        return row(metric, m.currencyCode(), m.toDecimal().toPlainString());
    }

    private static List<Object> row(String metric, String key, Object value) {
        List<Object> row = new ArrayList<>(3);
        row.add(metric);
        row.add(key);
        row.add(value);
        return row;
    }
}
