package io.shipshape.reporting.web;

import io.shipshape.reporting.DemandForecast;
import io.shipshape.reporting.DemandForecasts;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.web.AdminController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/reports/forecast?sku=}: a SKU's daily demand and its forecast as a chart, with the reorder need. */
@AdminController
class ForecastAdminController {

    private final DemandForecasts forecasts;

    ForecastAdminController(DemandForecasts forecasts) {
        this.forecasts = forecasts;
    }

    @GetMapping("/admin/reports/forecast")
    String forecast(@RequestParam(required = false) String sku, @RequestParam(required = false) Integer horizonDays,
                    Model model, HttpServletResponse response) {
        String code = ReorderReportApiController.blankToNull(sku);
        model.addAttribute("sku", code);
        model.addAttribute("horizonDays", horizonDays == null ? DemandForecasts.DEFAULT_HORIZON_DAYS : horizonDays);
        model.addAttribute("maxHorizonDays", DemandForecasts.MAX_HORIZON_DAYS);
        model.addAttribute("safetyDays", forecasts.safetyDays());
        if (code != null) {
            try {
                DemandForecast report = forecasts.forecast(code, horizonDays);
                model.addAttribute("report", report);
                // The chart's series as plain lists: dates as text, history then forecast.
                model.addAttribute("chartDays", java.util.stream.Stream.concat(
                        report.history().stream().map(d -> d.date().toString()),
                        report.forecast().stream().map(d -> d.date().toString())).toList());
                model.addAttribute("historyUnits", report.history().stream().map(DemandForecast.HistoryDay::units).toList());
                model.addAttribute("forecastUnits", report.forecast().stream().map(DemandForecast.ForecastDay::units).toList());
            } catch (NotFound e) {
                // Keep the form so the SKU can be corrected; the status still says what happened.
                response.setStatus(404);
                model.addAttribute("notFound", e.getMessage());
            }
        }
        return "reporting/forecast";
    }

    @GetMapping("/admin/reports/forecast.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String sku,
                               @RequestParam(required = false) Integer horizonDays) {
        DemandForecast f = forecasts.forecast(sku, horizonDays);
        return CsvDownload.of("forecast.csv", ForecastReportApiController.toCsv(f));
    }
}
