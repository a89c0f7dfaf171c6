package io.shipshape.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code shipshape.reporting.forecast.*}: how many days of sales a demand forecast reads ({@code history-days},
 * eight weeks by default, so every weekday is averaged over eight samples) and how many days of forecast demand
 * the suggested reorder quantity keeps in reserve beyond the horizon ({@code safety-days}).
 */
@ConfigurationProperties("shipshape.reporting.forecast")
record ForecastProperties(@DefaultValue("56") int historyDays, @DefaultValue("7") int safetyDays) {

    ForecastProperties {
        if (historyDays < 1 || historyDays > 730) {
            throw new IllegalArgumentException("shipshape.reporting.forecast.history-days must be 1..730: " + historyDays);
        }
        if (safetyDays < 0) {
            throw new IllegalArgumentException("shipshape.reporting.forecast.safety-days must not be negative: " + safetyDays);
        }
    }
}
