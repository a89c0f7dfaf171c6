package io.shipshape.orders;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.shipshape.orders.OrderView.Totals;
import io.shipshape.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of cancellations: the order's lines and totals (read while the caller holds the order's row lock) and the
 * reduced quantities, allocations and totals written back.
 */
@Repository
class CancellationRepository {

    record Line(int lineNo, String sku, int quantity, long unitPriceMinor, int backordered, int cancelled) {
    }

    private final JdbcClient jdbc;

    CancellationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Line> lines(OrderId id) {
        return jdbc.sql("""
                SELECT line_no, sku, quantity, unit_price_minor, backordered_quantity, cancelled_quantity
                FROM order_lines WHERE order_id = :id ORDER BY line_no""").param("id", id.value())
                .query((rs, n) -> new Line(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getInt(5),
                        rs.getInt(6))).list();
    }

    Totals totals(OrderId id) {
        return jdbc.sql("""
                SELECT currency, subtotal_minor, discount_minor, shipping_minor, tax_minor, total_minor
                FROM orders WHERE id = :id""").param("id", id.value())
                .query((rs, n) -> {
                    String c = rs.getString(1);
                    return new Totals(Money.of(rs.getLong(2), c), Money.of(rs.getLong(3), c), Money.of(rs.getLong(4), c),
                            Money.of(rs.getLong(5), c), Money.of(rs.getLong(6), c));
                }).single();
    }

    /** Moves {@code quantity} of the line to its cancelled quantity (and {@code backorder} off its backorder). */
    void cancelLine(OrderId id, int lineNo, int quantity, int backorder) {
        jdbc.sql("""
                UPDATE order_lines SET quantity = quantity - :q, cancelled_quantity = cancelled_quantity + :q,
                    line_total_minor = unit_price_minor * (quantity - :q),
                    backordered_quantity = backordered_quantity - :b
                WHERE order_id = :id AND line_no = :line""")
                .param("q", quantity).param("b", backorder).param("id", id.value()).param("line", lineNo).update();
    }

    void updateTotals(OrderId id, Totals t) {
        jdbc.sql("""
                UPDATE orders SET subtotal_minor = :s, discount_minor = :d, shipping_minor = :sh, tax_minor = :t,
                    total_minor = :total WHERE id = :id""")
                .param("s", t.subtotal().amountMinor()).param("d", t.discount().amountMinor())
                .param("sh", t.shipping().amountMinor()).param("t", t.tax().amountMinor())
                .param("total", t.total().amountMinor()).param("id", id.value()).update();
    }

    /** Cancelled quantity per line number (lines with none are left out). */
    Map<Integer, Integer> cancelledByLine(OrderId id) {
        Map<Integer, Integer> out = new HashMap<>();
        jdbc.sql("SELECT line_no, cancelled_quantity FROM order_lines WHERE order_id = :id AND cancelled_quantity > 0")
                .param("id", id.value()).query((rs, n) -> out.put(rs.getInt(1), rs.getInt(2))).list();
        return out;
    }

}
