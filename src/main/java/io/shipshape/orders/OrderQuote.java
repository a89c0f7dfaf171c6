package io.shipshape.orders;

import java.util.List;

import io.shipshape.orders.OrderView.Totals;
import io.shipshape.shared.Money;

/**
 * What an order would cost, priced exactly as capture prices it, without reserving or writing anything. Each
 * line also says how many units are available now (at the order's location when it names one, else across all
 * locations), so a screen can warn before capture refuses.
 */
public record OrderQuote(List<Line> lines, Totals totals) {

    public record Line(int lineNo, String sku, String name, int quantity, Money unitPrice, Money lineTotal,
                       int available, boolean backorderable) {

        /** Units that capture could not reserve: 0 when there is enough or the product may be backordered. */
        public int shortage() {
            return backorderable ? 0 : Math.max(0, quantity - available);
        }
    }
}
