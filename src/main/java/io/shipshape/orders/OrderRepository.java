package io.shipshape.orders;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.shipshape.orders.OrderView.Allocation;
import io.shipshape.shared.Times;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes captured orders. Hot path, written for speed on purpose: one insert for the order (which also detects
 * a duplicate external id without aborting the transaction), then one batch each for lines, allocations and
 * timeline rows.
 */
@Repository
class OrderRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    OrderRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long nextNumber() {
        return jdbc.sql("SELECT NEXTVAL('order_number_seq')").query(Long.class).single();
    }

    boolean exists(OrderId id) {
        return jdbc.sql("SELECT COUNT(*) FROM orders WHERE id = :id").param("id", id.value()).query(Long.class)
                .single() > 0;
    }

    Optional<OrderId> findIdByExternal(Channel channel, String externalId) {
        return jdbc.sql("SELECT id FROM orders WHERE channel = :channel AND external_id = :ext")
                .param("channel", channel.name()).param("ext", externalId)
                .query((rs, n) -> new OrderId(rs.getObject(1, UUID.class))).optional();
    }

    /** Inserts the order and its rows; false (nothing written) when its (channel, external id) exists. */
    boolean insert(Order order) {
        PlaceOrder c = order.cmd();
        PostalAddress s = c.shippingAddress() == null ? new PostalAddress(null, null, null, null, null, null, null, null)
                : c.shippingAddress();
        PostalAddress b = c.billingAddress() == null ? new PostalAddress(null, null, null, null, null, null, null, null)
                : c.billingAddress();
        var t = order.totals();
        int inserted = jdbc.sql("""
                INSERT INTO orders (id, number, channel, external_id, customer_id, customer_email, customer_name,
                    customer_phone, status, payment_status, fulfillment_status, currency, subtotal_minor,
                    discount_minor, shipping_minor, tax_minor, total_minor, shipping_method,
                    ship_name, ship_line1, ship_line2, ship_city, ship_region, ship_postal_code, ship_country, ship_phone,
                    ship_latitude, ship_longitude, bill_latitude, bill_longitude,
                    bill_name, bill_line1, bill_line2, bill_city, bill_region, bill_postal_code, bill_country, bill_phone,
                    location_code, payment_method, payment_token, notes, tags, tracking_token, created_by,
                    created_at, updated_at, version)
                VALUES (:id, :number, :channel, :ext, :customerId, :email, :name, :phone, :status, :paymentStatus,
                    :fulfillmentStatus, :currency, :subtotal, :discount, :shipping, :tax, :total, :shippingMethod,
                    :sName, :sLine1, :sLine2, :sCity, :sRegion, :sPostal, :sCountry, :sPhone,
                    :sLat, :sLon, :bLat, :bLon,
                    :bName, :bLine1, :bLine2, :bCity, :bRegion, :bPostal, :bCountry, :bPhone,
                    :location, :paymentMethod, :paymentToken, :notes, :tags, :tracking, :createdBy,
                    :createdAt, :createdAt, 0)
                ON CONFLICT DO NOTHING""")
                .param("id", order.id().value()).param("number", order.number()).param("channel", c.channel().name())
                .param("ext", c.externalId()).param("customerId", order.customer().id().value())
                .param("email", order.customer().email()).param("name", order.customer().name())
                .param("phone", order.customer().phone()).param("status", order.status().name())
                .param("paymentStatus", order.paymentStatus().name())
                .param("fulfillmentStatus", order.fulfillmentStatus().name())
                .param("currency", t.total().currencyCode()).param("subtotal", t.subtotal().amountMinor())
                .param("discount", t.discount().amountMinor()).param("shipping", t.shipping().amountMinor())
                .param("tax", t.tax().amountMinor()).param("total", t.total().amountMinor())
                .param("shippingMethod", c.shippingMethod() == null ? null : c.shippingMethod().code())
                .param("sName", s.name()).param("sLine1", s.line1()).param("sLine2", s.line2())
                .param("sCity", s.city()).param("sRegion", s.region()).param("sPostal", s.postalCode())
                .param("sCountry", s.country()).param("sPhone", s.phone())
                .param("sLat", s.latitude()).param("sLon", s.longitude())
                .param("bLat", b.latitude()).param("bLon", b.longitude())
                .param("bName", b.name()).param("bLine1", b.line1()).param("bLine2", b.line2())
                .param("bCity", b.city()).param("bRegion", b.region()).param("bPostal", b.postalCode())
                .param("bCountry", b.country()).param("bPhone", b.phone())
                .param("location", c.locationCode())
                .param("paymentMethod", c.payment() == null ? null : c.payment().method())
                .param("paymentToken", c.payment() == null ? null : c.payment().token())
                .param("notes", c.notes()).param("tags", c.tags() == null || c.tags().isEmpty() ? null
                        : String.join(",", c.tags()))
                .param("tracking", order.trackingToken()).param("createdBy", c.actor())
                .param("createdAt", Times.db(order.createdAt()))
                .update();
        if (inserted == 0) {
            return false;
        }
        insertLines(order);
        insertTimeline(order.id(), order.timeline());
        return true;
    }

    private void insertLines(Order order) {
        UUID id = order.id().value();
        template.batchUpdate("""
                INSERT INTO order_lines (order_id, line_no, sku, name, quantity, unit_price_minor, line_total_minor,
                                         backordered_quantity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                order.lines(), order.lines().size(), (ps, l) -> {
                    ps.setObject(1, id);
                    ps.setInt(2, l.priced().lineNo());
                    ps.setString(3, l.priced().sku());
                    ps.setString(4, l.priced().name());
                    ps.setInt(5, l.priced().quantity());
                    ps.setLong(6, l.priced().unitPrice().amountMinor());
                    ps.setLong(7, l.priced().lineTotal().amountMinor());
                    ps.setInt(8, l.backordered());
                });
        record Row(int lineNo, Allocation a) {
        }
        List<Row> rows = new ArrayList<>();
        order.lines().forEach(l -> l.allocations().forEach(a -> rows.add(new Row(l.priced().lineNo(), a))));
        if (!rows.isEmpty()) {
            template.batchUpdate("""
                    INSERT INTO order_allocations (order_id, line_no, location_code, quantity, rule)
                    VALUES (?, ?, ?, ?, ?)""", rows, rows.size(), (ps, r) -> {
                ps.setObject(1, id);
                ps.setInt(2, r.lineNo());
                ps.setString(3, r.a().location());
                ps.setInt(4, r.a().quantity());
                ps.setString(5, r.a().rule());
            });
        }
    }

    void insertTimeline(OrderId orderId, List<TimelineEntry> entries) {
        template.batchUpdate("INSERT INTO order_timeline (id, order_id, at, type, message, actor) VALUES (?, ?, ?, ?, ?, ?)",
                entries, entries.size(), (ps, e) -> {
                    ps.setObject(1, e.id());
                    ps.setObject(2, orderId.value());
                    ps.setObject(3, Times.db(e.at()), Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setString(4, e.type());
                    ps.setString(5, e.message());
                    ps.setString(6, e.actor());
                });
    }
    /**
     * Applies one backorder fill to an order line, once per {@code allocationId}: locks the order (fills of one
     * order apply one at a time), records the fill, adds the quantity to the line's allocation at the location
     * and takes it off the line's backordered quantity. False (nothing changed) when the order does not exist
     * or the fill was applied before.
     */
    boolean applyBackorderFill(UUID allocationId, OrderId orderId, int lineNo, String location, int quantity,
                               java.time.Instant now) {
        boolean exists = jdbc.sql("SELECT id FROM orders WHERE id = :id FOR UPDATE").param("id", orderId.value())
                .query(UUID.class).optional().isPresent();
        if (!exists || jdbc.sql("""
                INSERT INTO order_backorder_fills (allocation_id, order_id, line_no, location_code, quantity, created_at)
                VALUES (:a, :o, :line, :loc, :q, :now) ON CONFLICT DO NOTHING""")
                .param("a", allocationId).param("o", orderId.value()).param("line", lineNo).param("loc", location)
                .param("q", quantity).param("now", Times.db(now)).update() == 0) {
            return false;
        }
        int merged = jdbc.sql("""
                UPDATE order_allocations SET quantity = quantity + :q
                WHERE order_id = :o AND line_no = :line AND location_code = :loc""")
                .param("q", quantity).param("o", orderId.value()).param("line", lineNo).param("loc", location).update();
        if (merged == 0) {
            jdbc.sql("""
                    INSERT INTO order_allocations (order_id, line_no, location_code, quantity, rule)
                    VALUES (:o, :line, :loc, :q, 'backorder-filled')""")
                    .param("o", orderId.value()).param("line", lineNo).param("loc", location).param("q", quantity)
                    .update();
        }
        jdbc.sql("""
                UPDATE order_lines SET backordered_quantity = backordered_quantity - :q
                WHERE order_id = :o AND line_no = :line""")
                .param("q", quantity).param("o", orderId.value()).param("line", lineNo).update();
        jdbc.sql("UPDATE orders SET updated_at = :now, version = version + 1 WHERE id = :o")
                .param("now", Times.db(now)).param("o", orderId.value()).update();
        return true;
    }
}
