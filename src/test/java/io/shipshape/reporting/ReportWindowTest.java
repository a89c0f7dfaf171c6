package io.shipshape.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.shipshape.shared.InvalidRequest;
import org.junit.jupiter.api.Test;

/** Report windows and sales periods: defaults, inclusive end dates, and the limits. */
class ReportWindowTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T11:30:00Z"), ZoneOffset.UTC);

    @Test
    void defaultsToTheLastThirtyDaysUpToNow() {
        assertThat(ReportWindow.parse(null, " ", clock))
                .isEqualTo(new ReportWindow(Instant.parse("2026-10-27T11:30:00Z"), Instant.parse("2026-11-26T11:30:00Z")));
    }

    @Test
    void aDateToIncludesItsWholeUtcDayAndInstantsAreTakenAsGiven() {
        assertThat(ReportWindow.parse("2026-01-01", "2026-01-31", clock))
                .isEqualTo(new ReportWindow(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z")));
        assertThat(ReportWindow.parse("2026-01-01T10:00:00Z", "2026-01-01T12:00:00Z", clock).to())
                .isEqualTo(Instant.parse("2026-01-01T12:00:00Z"));
    }

    @Test
    void rejectsFromAfterToMoreThan366DaysAndGarbage() {
        assertThatThrownBy(() -> ReportWindow.parse("2026-02-02", "2026-02-01", clock)).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> ReportWindow.parse("2025-01-01", "2026-01-02", clock)).isInstanceOf(InvalidRequest.class);
        assertThat(ReportWindow.parse("2025-01-01", "2025-12-31", clock).from()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThatThrownBy(() -> ReportWindow.parse("last week", null, clock)).isInstanceOf(InvalidRequest.class);
    }

    @Test
    void weeksStartOnMondayAndMonthsOnTheFirst() {
        LocalDate thursday = LocalDate.parse("2026-11-26");
        assertThat(ReportingManagement.periodStart(thursday, SalesBucket.Granularity.WEEK)).isEqualTo("2026-11-23");
        assertThat(ReportingManagement.periodStart(thursday, SalesBucket.Granularity.MONTH)).isEqualTo("2026-11-01");
        assertThat(ReportingManagement.periodStart(thursday, SalesBucket.Granularity.DAY)).isEqualTo(thursday);
    }
}
