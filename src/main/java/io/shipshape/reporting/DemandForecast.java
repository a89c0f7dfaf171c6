package io.shipshape.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The demand forecast of one SKU: the zero-filled daily units of the history window (today last, so far), the
 * forecast per day from tomorrow on, and what it means for stock. {@code daysOfCover = available / mean forecast
 * daily demand} (null without demand); {@code suggestedReorderQuantity = max(0, ceil(totalForecastUnits + safety
 * - available))} with {@code safety = safetyDays x mean forecast daily demand}.
 */
public record DemandForecast(String sku, int horizonDays, String method, List<HistoryDay> history,
                             List<ForecastDay> forecast, double totalForecastUnits, int available, Double daysOfCover,
                             long suggestedReorderQuantity) {

    public record HistoryDay(LocalDate date, long units) {
    }

    public record ForecastDay(LocalDate date, double units) {
    }
}
