package io.shipshape.orders;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units of a SKU ordered per day, for reports and forecasts: one grouped read (in {@link OrderStatsQuery}) over the
 * SKU's order lines (found through {@code order_lines_sku_idx}) joined to their orders by primary key, with the
 * order's creation day in UTC. Lines of cancelled orders do not count; a partly cancelled line counts what is still ordered
 * ({@code quantity}, the cancelled units having moved to {@code cancelled_quantity}).
 */
@Service
public class SalesHistory {

    /** Units of the SKU on orders created on {@code date} (UTC). */
    public record DailyUnits(LocalDate date, long units) {
    }

    private final OrderStatsQuery query;

    SalesHistory(OrderStatsQuery query) {
        this.query = query;
    }

    /** Every day from {@code from} to {@code to} (both inclusive, UTC), in order; days without orders are 0. */
    @Transactional(readOnly = true)
    public List<DailyUnits> dailyUnits(String sku, LocalDate from, LocalDate to) {
        Map<LocalDate, Long> units = query.dailyUnits(sku, from.atStartOfDay().atOffset(ZoneOffset.UTC),
                to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        List<DailyUnits> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(new DailyUnits(d, units.getOrDefault(d, 0L)));
        }
        return days;
    }
}
