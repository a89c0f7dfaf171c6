package io.shipshape.reporting.web;

import java.util.ArrayList;
import java.util.List;

import io.shipshape.reporting.Csv;
import io.shipshape.reporting.DemandForecast;
import io.shipshape.reporting.DemandForecasts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/reports/forecast?sku=&horizonDays=}: a SKU's daily demand, forecast and reorder need, as JSON or CSV. */
@RestController
@Tag(name = "Reports")
class ForecastReportApiController {

    private final DemandForecasts forecasts;

    ForecastReportApiController(DemandForecasts forecasts) {
        this.forecasts = forecasts;
    }

    @GetMapping(value = "/api/v1/reports/forecast", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Daily demand of a SKU, its forecast for the next horizonDays (1..90, default 14) and the "
            + "suggested reorder quantity (also as text/csv)")
    DemandForecast json(@RequestParam(required = false) String sku, @RequestParam(required = false) Integer horizonDays) {
        return forecasts.forecast(sku, horizonDays);
    }

    @GetMapping(value = "/api/v1/reports/forecast", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String sku,
                               @RequestParam(required = false) Integer horizonDays) {
        DemandForecast f = forecasts.forecast(sku, horizonDays);
        return CsvDownload.of("forecast.csv", toCsv(f));
    }

    /** One row per day: the history ({@code kind} history, units sold) then the forecast (kind forecast). */
    static String toCsv(DemandForecast f) {
        List<List<Object>> rows = new ArrayList<>();
        f.history().forEach(d -> rows.add(List.of(f.sku(), d.date(), "history", d.units())));
        f.forecast().forEach(d -> rows.add(List.of(f.sku(), d.date(), "forecast", d.units())));
        return Csv.of(List.of("sku", "date", "kind", "units"), rows);
    }
}
