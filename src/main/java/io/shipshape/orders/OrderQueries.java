package io.shipshape.orders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.shipshape.customers.CustomerId;
import io.shipshape.orders.OrderView.Allocation;
import io.shipshape.orders.OrderView.Customer;
import io.shipshape.orders.OrderView.Totals;
import io.shipshape.shared.Cursor;
import io.shipshape.shared.Money;
import io.shipshape.shared.Times;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hand-written reads of orders: the order page (three queries), the timeline, customer statistics. */
@Repository
class OrderQueries {

    private final JdbcClient jdbc;

    OrderQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrderView> byId(UUID id) {
        return jdbc.sql("SELECT * FROM orders WHERE id = :id").param("id", id).query(this::head).optional()
                .map(this::withLines);
    }

    Optional<OrderView> byNumber(String number) {
        return jdbc.sql("SELECT * FROM orders WHERE number = :n").param("n", number).query(this::head).optional()
                .map(this::withLines);
    }

    Optional<OrderView> byTrackingToken(String token) {
        return jdbc.sql("SELECT * FROM orders WHERE tracking_token = :t").param("t", token).query(this::head)
                .optional().map(this::withLines);
    }

    /** The order's payment as captured; empty when there is no such order (a payment of null method: none). */
    Optional<PaymentOf> paymentOf(UUID orderId) {
        return jdbc.sql("SELECT payment_method, payment_token FROM orders WHERE id = :id").param("id", orderId)
                .query((rs, n) -> new PaymentOf(rs.getString("payment_method"), rs.getString("payment_token")))
                .optional();
    }

    int updatePayment(UUID orderId, String method, String token) {
        return jdbc.sql("UPDATE orders SET payment_method = :m, payment_token = :t WHERE id = :id")
                .param("m", method).param("t", token).param("id", orderId).update();
    }

    Optional<OrderStatus> status(UUID orderId) {
        return jdbc.sql("SELECT status FROM orders WHERE id = :id").param("id", orderId)
                .query((rs, n) -> OrderStatus.valueOf(rs.getString("status"))).optional();
    }

    /** The statuses of these orders in one read; an id with no order is left out. */
    Map<UUID, OrderStatus> statuses(Collection<UUID> orderIds) {
        Map<UUID, OrderStatus> statuses = new HashMap<>();
        if (orderIds.isEmpty()) {
            return statuses;
        }
        jdbc.sql("SELECT id, status FROM orders WHERE id IN (:ids)").param("ids", List.copyOf(orderIds))
                .query((RowCallbackHandler) rs -> statuses.put(rs.getObject("id", UUID.class),
                        OrderStatus.valueOf(rs.getString("status"))));
        return statuses;
    }

    record PaymentOf(String method, String token) {
        PlaceOrder.PaymentData orNull() {
            return method == null ? null : new PlaceOrder.PaymentData(method, token);
        }
    }

    List<TimelineEntry> timeline(UUID orderId) {
        return jdbc.sql("SELECT id, at, type, message, actor FROM order_timeline WHERE order_id = :id ORDER BY at, id")
                .param("id", orderId)
                .query((rs, n) -> new TimelineEntry(rs.getObject("id", UUID.class), Times.read(rs, "at"),
                        rs.getString("type"), rs.getString("message"), rs.getString("actor")))
                .list();
    }

    /** Order count and lifetime value (per currency) of a customer, cancelled orders excluded. */
    List<Money> lifetimeValue(UUID customerId) {
        return jdbc.sql("""
                SELECT currency, SUM(total_minor) AS total FROM orders
                WHERE customer_id = :c AND status <> 'CANCELLED' GROUP BY currency ORDER BY currency""")
                .param("c", customerId)
                .query((rs, n) -> Money.of(rs.getLong("total"), rs.getString("currency"))).list();
    }

    long orderCount(UUID customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM orders WHERE customer_id = :c AND status <> 'CANCELLED'")
                .param("c", customerId).query(Long.class).single();
    }

    private OrderView withLines(OrderView head) {
        Map<Integer, List<Allocation>> allocations = new HashMap<>();
        jdbc.sql("SELECT line_no, location_code, quantity, rule FROM order_allocations WHERE order_id = :id")
                .param("id", head.id().value())
                .query((ResultSet rs) -> {
                    allocations.computeIfAbsent(rs.getInt("line_no"), k -> new ArrayList<>())
                            .add(new Allocation(rs.getString("location_code"), rs.getInt("quantity"), rs.getString("rule")));
                });
        String currency = head.totals().total().currencyCode();
        List<OrderView.Line> lines = jdbc.sql("""
                SELECT line_no, sku, name, quantity, unit_price_minor, line_total_minor, backordered_quantity
                FROM order_lines WHERE order_id = :id ORDER BY line_no""")
                .param("id", head.id().value())
                .query((rs, n) -> new OrderView.Line(rs.getInt("line_no"), rs.getString("sku"), rs.getString("name"),
                        rs.getInt("quantity"), Money.of(rs.getLong("unit_price_minor"), currency),
                        Money.of(rs.getLong("line_total_minor"), currency),
                        allocations.getOrDefault(rs.getInt("line_no"), List.of()), rs.getInt("backordered_quantity")))
                .list();
        return new OrderView(head.id(), head.number(), head.status(), head.paymentStatus(), head.fulfillmentStatus(),
                head.channel(), head.externalId(), head.customer(), head.shippingAddress(), head.billingAddress(), lines,
                head.totals(), head.shippingMethod(), head.paymentMethod(), head.locationCode(), head.notes(),
                head.tags(), head.trackingToken(), head.createdAt(), head.updatedAt());
    }

    private OrderView head(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString("currency");
        String tags = rs.getString("tags");
        return new OrderView(new OrderId(rs.getObject("id", UUID.class)), rs.getString("number"),
                OrderStatus.valueOf(rs.getString("status")), PaymentStatus.valueOf(rs.getString("payment_status")),
                FulfillmentStatus.valueOf(rs.getString("fulfillment_status")), Channel.valueOf(rs.getString("channel")),
                rs.getString("external_id"),
                new Customer(new CustomerId(rs.getObject("customer_id", UUID.class)), rs.getString("customer_email"),
                        rs.getString("customer_name"), rs.getString("customer_phone")),
                address(rs, "ship_"), address(rs, "bill_"), List.of(),
                new Totals(Money.of(rs.getLong("subtotal_minor"), currency), Money.of(rs.getLong("discount_minor"), currency),
                        Money.of(rs.getLong("shipping_minor"), currency), Money.of(rs.getLong("tax_minor"), currency),
                        Money.of(rs.getLong("total_minor"), currency)),
                rs.getString("shipping_method"), rs.getString("payment_method"), rs.getString("location_code"),
                rs.getString("notes"), tags == null ? List.of() : Arrays.asList(tags.split(",")),
                rs.getString("tracking_token"), Times.read(rs, "created_at"), Times.read(rs, "updated_at"));
    }

    private static PostalAddress address(ResultSet rs, String prefix) throws SQLException {
        if (rs.getString(prefix + "line1") == null) {
            return null;
        }
        return new PostalAddress(rs.getString(prefix + "name"), rs.getString(prefix + "line1"),
                rs.getString(prefix + "line2"), rs.getString(prefix + "city"), rs.getString(prefix + "region"),
                rs.getString(prefix + "postal_code"), rs.getString(prefix + "country"), rs.getString(prefix + "phone"),
                rs.getObject(prefix + "latitude", Double.class), rs.getObject(prefix + "longitude", Double.class));
    }

    static String cursorOf(OrderSummary s) {
        return Cursor.ofTimeAndId(s.createdAt(), s.id().value());
    }
}
