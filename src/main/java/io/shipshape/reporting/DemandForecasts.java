package io.shipshape.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.shipshape.inventory.InventoryManagement;
import io.shipshape.orders.SalesHistory;
import io.shipshape.shared.InvalidRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Demand forecasts per SKU: the units ordered per day over the last {@code history-days} (today included, as far
 * as it has gone), forecast with {@link WeekdayAverageForecast} for each of the next {@code horizonDays} days,
 * compared with the SKU's available stock over all locations.
 */
@Service
@EnableConfigurationProperties(ForecastProperties.class)
public class DemandForecasts {

    public static final int DEFAULT_HORIZON_DAYS = 14;
    public static final int MAX_HORIZON_DAYS = 90;

    private final SalesHistory sales;
    private final InventoryManagement inventory;
    private final ForecastProperties properties;
    private final Clock clock;

    DemandForecasts(SalesHistory sales, InventoryManagement inventory, ForecastProperties properties, Clock clock) {
        this.sales = sales;
        this.inventory = inventory;
        this.properties = properties;
        this.clock = clock;
    }

    /** 400 without a SKU or with a horizon outside 1..90 (none: 14 days); 404 for a SKU not in the catalog. */
    public DemandForecast forecast(String sku, Integer horizonDays) {
        if (sku == null || sku.isBlank()) {
            throw InvalidRequest.of("sku", "is required");
        }
        int horizon = horizonDays == null ? DEFAULT_HORIZON_DAYS : horizonDays;
        if (horizon < 1 || horizon > MAX_HORIZON_DAYS) {
            throw InvalidRequest.of("horizonDays", "must be between 1 and " + MAX_HORIZON_DAYS);
        }
        String code = sku.strip();
        int available = inventory.stockOf(code).available();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<SalesHistory.DailyUnits> days = sales.dailyUnits(code, today.minusDays(properties.historyDays() - 1L), today);

        long[] units = days.stream().mapToLong(SalesHistory.DailyUnits::units).toArray();
        double[] predicted = WeekdayAverageForecast.forecast(units, horizon);
        List<DemandForecast.ForecastDay> forecast = new ArrayList<>(horizon);
        double total = 0;
        for (int h = 0; h < horizon; h++) {
            forecast.add(new DemandForecast.ForecastDay(today.plusDays(h + 1L), round(predicted[h], 2)));
            total += predicted[h];
        }
        double mean = total / horizon;
        Double daysOfCover = mean == 0 ? null : round(available / mean, 1);
        double needed = round(total + properties.safetyDays() * mean, 2);
        long reorder = Math.max(0, (long) Math.ceil(needed - available));
        return new DemandForecast(code, horizon, WeekdayAverageForecast.METHOD,
                days.stream().map(d -> new DemandForecast.HistoryDay(d.date(), d.units())).toList(), forecast,
                round(total, 2), available, daysOfCover, reorder);
    }

    /** Days of forecast demand kept in reserve by the suggested reorder quantity. */
    public int safetyDays() {
        return properties.safetyDays();
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
