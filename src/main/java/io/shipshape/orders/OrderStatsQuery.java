package io.shipshape.orders;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.shipshape.orders.OrderStats.CurrencyTotal;
import io.shipshape.orders.OrderStats.DailySales;
import io.shipshape.orders.OrderStats.SalesGroup;
import io.shipshape.orders.OrderStats.SalesRow;
import io.shipshape.orders.OrderStats.ShipTimes;
import io.shipshape.orders.OrderStats.WindowTotals;
import io.shipshape.shared.Money;
import io.shipshape.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Grouped reads over orders. Counts per status are cached for a few seconds: with a million orders a count
 * costs tens of milliseconds, and the order list asks for it on every page.
 */
@Repository
class OrderStatsQuery {

    private static final Duration STATUS_COUNT_TTL = Duration.ofSeconds(5);

    private record Cached(Map<OrderStatus, Long> counts, Instant until) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicReference<Cached> statusCounts = new AtomicReference<>();

    OrderStatsQuery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<DailySales> dailySales(Instant from) {
        return jdbc.sql("""
                SELECT CAST(created_at AS DATE) AS sales_day, currency, COUNT(*) AS orders, SUM(total_minor) AS revenue
                FROM orders WHERE created_at >= :from AND status <> 'CANCELLED'
                GROUP BY CAST(created_at AS DATE), currency ORDER BY sales_day""")
                .param("from", Times.db(from))
                .query((rs, n) -> new DailySales(rs.getObject("sales_day", Date.class).toLocalDate(), rs.getLong("orders"),
                        Money.of(rs.getLong("revenue"), rs.getString("currency"))))
                .list();
    }

    Map<OrderStatus, Long> countsByStatus() {
        Cached cached = statusCounts.get();
        Instant now = clock.instant();
        if (cached != null && cached.until().isAfter(now)) {
            return cached.counts();
        }
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        jdbc.sql("SELECT status, COUNT(*) AS n FROM orders GROUP BY status")
                .query(rs -> {
                    counts.put(OrderStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        statusCounts.set(new Cached(counts, now.plus(STATUS_COUNT_TTL)));
        return counts;
    }

    /** Units of the SKU per UTC day of order creation in [from, to), cancelled orders left out; days with none absent. */
    Map<java.time.LocalDate, Long> dailyUnits(String sku, java.time.OffsetDateTime from, java.time.OffsetDateTime to) {
        Map<java.time.LocalDate, Long> units = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT CAST(o.created_at AT TIME ZONE 'UTC' AS DATE) AS sales_day, SUM(l.quantity) AS units
                FROM order_lines l JOIN orders o ON o.id = l.order_id
                WHERE l.sku = :sku AND o.created_at >= :from AND o.created_at < :to AND o.status <> 'CANCELLED'
                GROUP BY CAST(o.created_at AT TIME ZONE 'UTC' AS DATE)""")
                .param("sku", sku).param("from", from).param("to", to)
                .query(rs -> {
                    units.put(rs.getObject("sales_day", java.time.LocalDate.class), rs.getLong("units"));
                });
        return units;
    }

    Map<Channel, Long> countsByChannel(Instant from) {
        Map<Channel, Long> counts = new EnumMap<>(Channel.class);
        jdbc.sql("SELECT channel, COUNT(*) AS n FROM orders WHERE created_at >= :from GROUP BY channel")
                .param("from", Times.db(from))
                .query(rs -> {
                    counts.put(Channel.valueOf(rs.getString("channel")), rs.getLong("n"));
                });
        return counts;
    }

    /*
     * The report reads below range-scan orders_created_idx (created_at, id) for the window and reach lines and
     * status history by their order_id keys, so their cost follows the orders in the window, not the table.
     * UTC days come from "AT TIME ZONE 'UTC'", independent of the session's time zone.
     */

    WindowTotals totals(Instant from, Instant to) {
        long[] all = new long[2];
        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            byChannel.put(c, 0L);
        }
        Map<String, long[]> byCurrency = new TreeMap<>();
        jdbc.sql("""
                SELECT channel, currency, CASE WHEN status = 'CANCELLED' THEN 1 ELSE 0 END AS cancelled,
                       COUNT(*) AS n, SUM(total_minor) AS total
                FROM orders WHERE created_at >= :from AND created_at < :to
                GROUP BY channel, currency, CASE WHEN status = 'CANCELLED' THEN 1 ELSE 0 END""")
                .param("from", Times.db(from)).param("to", Times.db(to))
                .query(rs -> {
                    long n = rs.getLong("n");
                    all[0] += n;
                    byChannel.merge(Channel.valueOf(rs.getString("channel")), n, Long::sum);
                    if (rs.getInt("cancelled") == 1) {
                        all[1] += n;
                    } else {
                        long[] t = byCurrency.computeIfAbsent(rs.getString("currency"), c -> new long[2]);
                        t[0] += n;
                        t[1] += rs.getLong("total");
                    }
                });
        List<CurrencyTotal> revenue = new ArrayList<>();
        byCurrency.forEach((currency, t) -> revenue.add(new CurrencyTotal(t[0], Money.of(t[1], currency))));
        return new WindowTotals(all[0], all[1], byChannel, revenue);
    }

    ShipTimes shipTimes(Instant from, Instant to, Duration sla) {
        return jdbc.sql("""
                SELECT COUNT(*) AS shipped, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY secs) AS median_secs,
                       COUNT(CASE WHEN secs <= :sla THEN 1 END) AS on_time
                FROM (SELECT EXTRACT(EPOCH FROM MIN(h.at)) - EXTRACT(EPOCH FROM o.created_at) AS secs
                      FROM orders o JOIN order_status_history h ON h.order_id = o.id
                      WHERE o.created_at >= :from AND o.created_at < :to
                        AND h.to_status IN ('PARTIALLY_SHIPPED', 'SHIPPED')
                      GROUP BY o.id, o.created_at) t""")
                .param("from", Times.db(from)).param("to", Times.db(to)).param("sla", sla.toSeconds())
                .query((rs, n) -> {
                    double median = rs.getDouble("median_secs");
                    Double hours = rs.wasNull() ? null : median / 3600.0; // before any other column is read
                    return new ShipTimes(rs.getLong("shipped"), hours, rs.getLong("on_time"));
                })
                .single();
    }

    List<SalesRow> sales(Instant from, Instant to, SalesGroup group) {
        String sql = switch (group) {
            case SKU -> """
                    SELECT CAST(o.created_at AT TIME ZONE 'UTC' AS DATE) AS sales_day, l.sku AS grp, o.currency,
                           COUNT(DISTINCT o.id) AS orders, SUM(l.quantity) AS units, SUM(l.line_total_minor) AS revenue
                    FROM orders o JOIN order_lines l ON l.order_id = o.id
                    WHERE o.created_at >= :from AND o.created_at < :to AND o.status <> 'CANCELLED'
                    GROUP BY CAST(o.created_at AT TIME ZONE 'UTC' AS DATE), l.sku, o.currency""";
            case CHANNEL, NONE -> """
                    SELECT sales_day, %s AS grp, currency, COUNT(*) AS orders, SUM(units) AS units,
                           SUM(total_minor) AS revenue
                    FROM (SELECT CAST(o.created_at AT TIME ZONE 'UTC' AS DATE) AS sales_day, o.channel, o.currency,
                                 o.total_minor,
                                 (SELECT COALESCE(SUM(l.quantity), 0) FROM order_lines l WHERE l.order_id = o.id) AS units
                          FROM orders o
                          WHERE o.created_at >= :from AND o.created_at < :to AND o.status <> 'CANCELLED') t
                    GROUP BY sales_day, %s currency""".formatted(
                    group == SalesGroup.CHANNEL ? "channel" : "CAST(NULL AS VARCHAR(16))",
                    group == SalesGroup.CHANNEL ? "channel," : "");
        };
        return jdbc.sql(sql + " ORDER BY sales_day, grp, currency")
                .param("from", Times.db(from)).param("to", Times.db(to))
                .query((rs, n) -> new SalesRow(rs.getObject("sales_day", Date.class).toLocalDate(), rs.getString("grp"),
                        rs.getLong("orders"), rs.getLong("units"), Money.of(rs.getLong("revenue"), rs.getString("currency"))))
                .list();
    }
}
