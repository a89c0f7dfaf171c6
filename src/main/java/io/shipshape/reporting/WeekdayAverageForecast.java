package io.shipshape.reporting;

/**
 * Weekday-seasonal moving average: the forecast for a day is the mean of the units sold on the same weekday in the
 * history window (a Monday is forecast from the past Mondays). Retail demand repeats weekly, so this follows a
 * weekly pattern, forecasts flat demand as its level and no sales as zero, never goes below zero, and each number
 * can be checked by hand. It does not extrapolate a trend: a rising SKU is forecast at its recent weekly average.
 * Days without sales must be in the history as 0. Pure: no clock, no I/O.
 */
public final class WeekdayAverageForecast {

    public static final String METHOD = "weekday-moving-average";

    private static final int WEEK = 7;

    private WeekdayAverageForecast() {
    }

    /**
     * @param history units per day, oldest first, one entry per consecutive day (zero-filled)
     * @param horizon how many days after the last history day to forecast
     * @return the forecast units for each of the {@code horizon} days after the history
     */
    public static double[] forecast(long[] history, int horizon) {
        if (horizon < 0) {
            throw new IllegalArgumentException("horizon must not be negative: " + horizon);
        }
        double[] result = new double[horizon];
        if (history.length == 0) {
            return result;
        }
        double[] sum = new double[WEEK];
        int[] count = new int[WEEK];
        for (int i = 0; i < history.length; i++) {
            sum[i % WEEK] += history[i];
            count[i % WEEK]++;
        }
        double overall = 0;
        for (long units : history) {
            overall += units;
        }
        overall /= history.length;
        for (int h = 0; h < horizon; h++) {
            int weekday = (history.length + h) % WEEK;
            // Less than a week of history leaves some weekdays unseen: they get the mean of all days.
            result[h] = count[weekday] == 0 ? overall : sum[weekday] / count[weekday];
        }
        return result;
    }
}
