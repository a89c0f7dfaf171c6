package io.shipshape.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import io.shipshape.shared.InvalidRequest;

/**
 * The half-open window [from, to) a report covers. Parameters are ISO dates (a date {@code from} starts at its
 * UTC midnight, a date {@code to} includes that whole UTC day) or ISO instants; without them the last 30 days up
 * to now. {@code from} after {@code to}, or more than 366 days, is a 400 problem.
 */
public record ReportWindow(Instant from, Instant to) {

    public static final Duration DEFAULT = Duration.ofDays(30);
    public static final Duration LONGEST = Duration.ofDays(366);

    public static ReportWindow parse(String from, String to, Clock clock) {
        Instant end = blank(to) ? clock.instant() : instant("to", to, true);
        Instant start = blank(from) ? end.minus(DEFAULT) : instant("from", from, false);
        // A date "to" ends after its whole day, so a date "from" after it begins on or after that end.
        boolean toIsDate = !blank(to) && to.strip().length() == 10;
        if (start.isAfter(end) || (toIsDate && !start.isBefore(end))) {
            throw InvalidRequest.of("from", "must not be after to");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw InvalidRequest.of("to", "the window may cover at most 366 days");
        }
        return new ReportWindow(start, end);
    }

    /** The last {@code days} UTC days including today, up to now. */
    public static ReportWindow lastDays(int days, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return new ReportWindow(today.minusDays(days - 1L).atStartOfDay(ZoneOffset.UTC).toInstant(), clock.instant());
    }

    private static Instant instant(String field, String value, boolean endOfDay) {
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw InvalidRequest.of(field, "must be an ISO date (2026-01-31) or instant (2026-01-31T12:00:00Z)");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
