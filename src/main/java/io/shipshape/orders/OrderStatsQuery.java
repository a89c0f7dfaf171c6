package io.shipshape.orders;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.shipshape.orders.OrderStats.DailySales;
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

    Map<Channel, Long> countsByChannel(Instant from) {
        Map<Channel, Long> counts = new EnumMap<>(Channel.class);
        jdbc.sql("SELECT channel, COUNT(*) AS n FROM orders WHERE created_at >= :from GROUP BY channel")
                .param("from", Times.db(from))
                .query(rs -> {
                    counts.put(Channel.valueOf(rs.getString("channel")), rs.getLong("n"));
                });
        return counts;
    }
}
