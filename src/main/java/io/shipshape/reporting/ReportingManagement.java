package io.shipshape.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.shipshape.fulfillment.FulfillmentAccuracy;
import io.shipshape.fulfillment.FulfillmentManagement;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderStats;
import io.shipshape.orders.OrderStats.SalesGroup;
import io.shipshape.returns.ReturnManagement;
import io.shipshape.shared.Money;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The reports: key figures and sales over a window, each assembled from one aggregate read per owning module's
 * public API (orders, fulfillment, returns, inventory), never from their tables.
 */
@Service
@EnableConfigurationProperties(ReportsProperties.class)
public class ReportingManagement {

    private final OrderManagement orders;
    private final FulfillmentManagement fulfillment;
    private final ReturnManagement returns;
    private final InventoryManagement inventory;
    private final ReportsProperties properties;

    ReportingManagement(OrderManagement orders, FulfillmentManagement fulfillment, ReturnManagement returns,
                        InventoryManagement inventory, ReportsProperties properties) {
        this.orders = orders;
        this.fulfillment = fulfillment;
        this.returns = returns;
        this.inventory = inventory;
        this.properties = properties;
    }

    public Kpis kpis(ReportWindow window) {
        OrderStats.WindowTotals totals = orders.totals(window.from(), window.to());
        OrderStats.ShipTimes ship = orders.shipTimes(window.from(), window.to(), properties.shipSla());
        FulfillmentAccuracy accuracy = fulfillment.accuracy(window.from(), window.to());
        long shippedOrders = fulfillment.ordersShipped(window.from(), window.to());
        long returned = returns.ordersWithReturns(window.from(), window.to());
        List<Money> revenue = totals.revenue().stream().map(OrderStats.CurrencyTotal::revenue).toList();
        List<Money> average = totals.revenue().stream()
                .map(t -> Money.of(BigDecimal.valueOf(t.revenue().amountMinor())
                        .divide(BigDecimal.valueOf(t.orders()), 0, RoundingMode.HALF_UP).longValueExact(),
                        t.revenue().currencyCode()))
                .toList();
        return new Kpis(totals.orders(), revenue, average, totals.byChannel(),
                ship.medianHours() == null ? null : round(ship.medianHours(), 2),
                rate(ship.withinSla(), ship.shipped()),
                rate(accuracy.shipped() - accuracy.withMismatches(), accuracy.shipped()),
                rate(returned, shippedOrders),
                rate(totals.cancelled(), totals.orders()),
                inventory.stockouts());
    }

    /** Sales buckets, oldest period first, then by group and currency; periods without sales are left out. */
    public List<SalesBucket> sales(ReportWindow window, SalesBucket.Granularity granularity, SalesGroup group) {
        record Key(LocalDate period, String group, String currency) {
        }
        Map<Key, SalesBucket> buckets = new LinkedHashMap<>();
        for (OrderStats.SalesRow row : orders.sales(window.from(), window.to(), group)) {
            LocalDate period = periodStart(row.day(), granularity);
            buckets.merge(new Key(period, row.group(), row.revenue().currencyCode()),
                    new SalesBucket(period, row.group(), row.orders(), row.units(), row.revenue()),
                    (a, b) -> new SalesBucket(period, row.group(), a.orders() + b.orders(), a.units() + b.units(),
                            a.revenue().plus(b.revenue())));
        }
        return buckets.values().stream()
                .sorted(Comparator.comparing(SalesBucket::periodStart)
                        .thenComparing(SalesBucket::group, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(b -> b.revenue().currencyCode()))
                .toList();
    }

    static LocalDate periodStart(LocalDate day, SalesBucket.Granularity granularity) {
        return switch (granularity) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : round((double) part / whole, 4);
    }

    private static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
