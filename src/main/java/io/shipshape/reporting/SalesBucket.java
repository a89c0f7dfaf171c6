package io.shipshape.reporting;

import java.time.LocalDate;

import io.shipshape.shared.Money;

/**
 * Sales of one period (starting {@code periodStart}: the UTC day, the Monday of the ISO week, or the first of the
 * month), one group (channel or SKU; null when not grouped) and one currency.
 */
public record SalesBucket(LocalDate periodStart, String group, long orders, long units, Money revenue) {

    /** How long a bucket is. */
    public enum Granularity {
        DAY, WEEK, MONTH
    }
}
