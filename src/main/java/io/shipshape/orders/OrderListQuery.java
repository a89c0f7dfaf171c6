package io.shipshape.orders;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.shipshape.shared.Cursor;
import io.shipshape.shared.Money;
import io.shipshape.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The order list: filters plus keyset paging on (created_at, id) descending, so page N costs the same as page 1
 * and rows inserted meanwhile never shift a page. One query, no per-row lookups.
 */
@Repository
class OrderListQuery {

    private final JdbcClient jdbc;

    OrderListQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OrderSummary> list(OrderFilter f, Cursor.TimeAndId after, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT o.id, o.number, o.status, o.payment_status, o.fulfillment_status, o.channel, o.external_id,
                       o.customer_id, o.customer_email, o.customer_name, o.currency, o.total_minor, o.created_at,
                       (SELECT COUNT(*) FROM order_lines l WHERE l.order_id = o.id) AS line_count
                FROM orders o WHERE 1 = 1""");
        var params = new java.util.LinkedHashMap<String, Object>();
        if (f.status() != null) {
            sql.append(" AND o.status = :status");
            params.put("status", f.status().name());
        }
        if (f.channel() != null) {
            sql.append(" AND o.channel = :channel");
            params.put("channel", f.channel().name());
        }
        if (f.customerId() != null) {
            sql.append(" AND o.customer_id = :customerId");
            params.put("customerId", f.customerId());
        }
        if (f.sku() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id AND l.sku = :sku)");
            params.put("sku", f.sku());
        }
        if (f.q() != null && !f.q().isBlank()) {
            String q = f.q().trim();
            sql.append(" AND (o.number = :q OR o.external_id = :q OR o.customer_email = :qLower"
                    + " OR LOWER(o.customer_name) LIKE :qLike)");
            params.put("q", q);
            params.put("qLower", q.toLowerCase(Locale.ROOT));
            params.put("qLike", "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.createdFrom() != null) {
            sql.append(" AND o.created_at >= :from");
            params.put("from", Times.db(f.createdFrom()));
        }
        if (f.createdTo() != null) {
            sql.append(" AND o.created_at < :to");
            params.put("to", Times.db(f.createdTo()));
        }
        if (after != null) {
            sql.append(" AND (o.created_at < :afterTime OR (o.created_at = :afterTime AND o.id < :afterId))");
            params.put("afterTime", Times.db(after.time()));
            params.put("afterId", after.id());
        }
        sql.append(" ORDER BY o.created_at DESC, o.id DESC LIMIT :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new OrderSummary(new OrderId(rs.getObject("id", UUID.class)), rs.getString("number"),
                        OrderStatus.valueOf(rs.getString("status")), PaymentStatus.valueOf(rs.getString("payment_status")),
                        FulfillmentStatus.valueOf(rs.getString("fulfillment_status")),
                        Channel.valueOf(rs.getString("channel")), rs.getString("external_id"),
                        rs.getObject("customer_id", UUID.class).toString(), rs.getString("customer_email"),
                        rs.getString("customer_name"), Money.of(rs.getLong("total_minor"), rs.getString("currency")),
                        rs.getInt("line_count"), Times.read(rs, "created_at")))
                .list();
    }
}
