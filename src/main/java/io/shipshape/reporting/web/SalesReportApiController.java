package io.shipshape.reporting.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import io.shipshape.orders.OrderStats.SalesGroup;
import io.shipshape.reporting.Csv;
import io.shipshape.reporting.ReportWindow;
import io.shipshape.reporting.ReportingManagement;
import io.shipshape.reporting.SalesBucket;
import io.shipshape.shared.InvalidRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/reports/sales?from=&to=&granularity=day|week|month&groupBy=channel|sku}: sales per period (and
 * channel or SKU) and currency, as JSON or CSV.
 */
@RestController
@Tag(name = "Reports")
class SalesReportApiController {

    record SalesReport(String granularity, String groupBy, List<SalesBucket> items) {
    }

    private final ReportingManagement reports;
    private final Clock clock;

    SalesReportApiController(ReportingManagement reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping(value = "/api/v1/reports/sales", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Orders, units and revenue per day, week or month, optionally per channel or SKU (also as text/csv)")
    SalesReport json(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(required = false) String granularity, @RequestParam(required = false) String groupBy) {
        SalesBucket.Granularity g = granularity(granularity);
        SalesGroup group = group(groupBy);
        List<SalesBucket> items = reports.sales(ReportWindow.parse(from, to, clock), g, group);
        return new SalesReport(g.name().toLowerCase(Locale.ROOT),
                group == SalesGroup.NONE ? null : group.name().toLowerCase(Locale.ROOT), items);
    }

    @GetMapping(value = "/api/v1/reports/sales", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String granularity,
                               @RequestParam(required = false) String groupBy) {
        SalesBucket.Granularity g = granularity(granularity);
        SalesGroup group = group(groupBy);
        List<SalesBucket> items = reports.sales(ReportWindow.parse(from, to, clock), g, group);
        return CsvDownload.of("sales.csv", Csv.of(List.of("periodStart", "group", "currency", "orders", "units", "revenue"),
                items.stream().map(b -> List.<Object>of(b.periodStart(), b.group() == null ? "" : b.group(),
                        b.revenue().currencyCode(), b.orders(), b.units(),
                        b.revenue().toDecimal().toPlainString())).toList()));
    }

    static SalesBucket.Granularity granularity(String value) {
        if (value == null || value.isBlank()) {
            return SalesBucket.Granularity.DAY;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "day" -> SalesBucket.Granularity.DAY;
            case "week" -> SalesBucket.Granularity.WEEK;
            case "month" -> SalesBucket.Granularity.MONTH;
            default -> throw InvalidRequest.of("granularity", "must be day, week or month");
        };
    }

    static SalesGroup group(String value) {
        if (value == null || value.isBlank()) {
            return SalesGroup.NONE;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "channel" -> SalesGroup.CHANNEL;
            case "sku" -> SalesGroup.SKU;
            default -> throw InvalidRequest.of("groupBy", "must be channel or sku");
        };
    }
}
