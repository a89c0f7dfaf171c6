package io.shipshape.reporting;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The weekday moving average: plain arithmetic, checked by hand. */
class WeekdayAverageForecastTest {

    @Test
    void flatDemandIsForecastAtItsLevel() {
        long[] history = new long[56];
        Arrays.fill(history, 5);
        assertThat(WeekdayAverageForecast.forecast(history, 14)).hasSize(14).containsOnly(5.0);
    }

    @Test
    void noSalesForecastsZero() {
        assertThat(WeekdayAverageForecast.forecast(new long[56], 30)).hasSize(30).containsOnly(0.0);
        assertThat(WeekdayAverageForecast.forecast(new long[0], 3)).containsExactly(0.0, 0.0, 0.0);
    }

    @Test
    void followsTheWeeklyPattern() {
        // Two weeks: quiet weekdays, busy weekends (days 5 and 6 of each week).
        long[] week = {1, 1, 1, 1, 1, 10, 20};
        long[] history = new long[14];
        for (int i = 0; i < history.length; i++) {
            history[i] = week[i % 7];
        }
        double[] forecast = WeekdayAverageForecast.forecast(history, 9);
        // The day after the history is weekday 0 again; day 8 after it wraps once more.
        assertThat(forecast).containsExactly(1, 1, 1, 1, 1, 10, 20, 1, 1);
    }

    @Test
    void averagesEachWeekdayOverTheWeeksOfHistory() {
        long[] history = new long[21];
        history[0] = 3;   // weekday 0 of week 1
        history[7] = 6;   // weekday 0 of week 2
        history[14] = 0;  // weekday 0 of week 3 (no sales counts)
        history[20] = 7;  // weekday 6 of week 3
        double[] forecast = WeekdayAverageForecast.forecast(history, 7);
        assertThat(forecast[0]).isCloseTo(3.0, within(1e-9));
        assertThat(forecast[6]).isCloseTo(7.0 / 3, within(1e-9));
        assertThat(forecast[1]).isZero();
    }

    @Test
    void weekdaysNotYetSeenGetTheMeanOfAllDays() {
        double[] forecast = WeekdayAverageForecast.forecast(new long[] {2, 4}, 7);
        // History days are weekdays 0 and 1; the forecast starts at weekday 2.
        assertThat(forecast).containsExactly(3, 3, 3, 3, 3, 2, 4);
    }

    @Test
    void aNegativeHorizonIsRefused() {
        assertThatThrownBy(() -> WeekdayAverageForecast.forecast(new long[7], -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
