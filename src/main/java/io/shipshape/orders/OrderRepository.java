package io.shipshape.orders;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.shipshape.inventory.Reservation;
import io.shipshape.orders.OrderView.Allocation;
import io.shipshape.shared.Times;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes captured orders. Hot path, written for speed on purpose: one batch of order rows (which also detects
 * a duplicate external id without aborting the transaction), then one batch each for lines, allocations and
 * timeline rows, for one order or for a whole batch of grouped capture alike.
 */
@Repository
class OrderRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final NamedParameterJdbcTemplate named;

    OrderRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
        this.named = new NamedParameterJdbcTemplate(template);
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
        return insertAll(List.of(order)).isEmpty();
    }

    /** {@code n} new order numbers in one round trip, ascending. */
    List<Long> nextNumbers(int n) {
        return jdbc.sql("""
                WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < :n)
                SELECT NEXTVAL('order_number_seq') FROM r""").param("n", n).query(Long.class).list()
                .stream().sorted().toList();
    }

    /** The ids of the orders with these external ids (channel and external id together), one round trip. */
    Map<String, OrderId> findIdsByExternal(Collection<Channel> channels, Collection<String> externalIds) {
        Map<String, OrderId> found = new HashMap<>();
        jdbc.sql("SELECT channel, external_id, id FROM orders WHERE channel IN (:channels) AND external_id IN (:ext)")
                .param("channels", channels.stream().map(Channel::name).toList()).param("ext", externalIds)
                .query(rs -> {
                    found.put(rs.getString(1) + ' ' + rs.getString(2), new OrderId(rs.getObject(3, UUID.class)));
                });
        return found;
    }

    /**
     * Inserts orders and their rows, the order rows in one batch (one round trip, {@code ON CONFLICT DO NOTHING}
     * so a duplicate external id does not abort the transaction), then one batch each for lines, allocations and
     * timeline rows of all of them. Answers the orders NOT written because their (channel, external id) exists.
     * Grouped capture writes a whole batch of orders with these same five statements.
     */
    List<Order> insertAll(List<Order> orders) {
        int[] counts = named.batchUpdate(INSERT_ORDER, orders.stream().map(OrderRepository::params)
                .toArray(MapSqlParameterSource[]::new));
        List<Order> written = new ArrayList<>();
        List<Order> refused = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            // A driver may answer SUCCESS_NO_INFO (-2): then a conflict shows as the lines' foreign key failing.
            (counts[i] == 0 ? refused : written).add(orders.get(i));
        }
        if (!written.isEmpty()) {
            insertLines(written);
            List<Object[]> timeline = new ArrayList<>();
            written.forEach(o -> o.timeline().forEach(e -> timeline.add(new Object[] {o.id(), e})));
            template.batchUpdate(INSERT_TIMELINE, timeline, timeline.size(), (ps, row) -> {
                setTimeline(ps, (OrderId) row[0], (TimelineEntry) row[1]);
            });
        }
        return refused;
    }

    private static final String INSERT_ORDER = """
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
            ON CONFLICT DO NOTHING""";

    private static final String INSERT_TIMELINE =
            "INSERT INTO order_timeline (id, order_id, at, type, message, actor) VALUES (?, ?, ?, ?, ?, ?)";

    private static MapSqlParameterSource params(Order order) {
        PlaceOrder c = order.cmd();
        PostalAddress s = c.shippingAddress() == null ? new PostalAddress(null, null, null, null, null, null, null, null)
                : c.shippingAddress();
        PostalAddress b = c.billingAddress() == null ? new PostalAddress(null, null, null, null, null, null, null, null)
                : c.billingAddress();
        var t = order.totals();
        return new MapSqlParameterSource()
                .addValue("id", order.id().value()).addValue("number", order.number())
                .addValue("channel", c.channel().name())
                .addValue("ext", c.externalId()).addValue("customerId", order.customer().id().value())
                .addValue("email", order.customer().email()).addValue("name", order.customer().name())
                .addValue("phone", order.customer().phone()).addValue("status", order.status().name())
                .addValue("paymentStatus", order.paymentStatus().name())
                .addValue("fulfillmentStatus", order.fulfillmentStatus().name())
                .addValue("currency", t.total().currencyCode()).addValue("subtotal", t.subtotal().amountMinor())
                .addValue("discount", t.discount().amountMinor()).addValue("shipping", t.shipping().amountMinor())
                .addValue("tax", t.tax().amountMinor()).addValue("total", t.total().amountMinor())
                .addValue("shippingMethod", c.shippingMethod() == null ? null : c.shippingMethod().code())
                .addValue("sName", s.name()).addValue("sLine1", s.line1()).addValue("sLine2", s.line2())
                .addValue("sCity", s.city()).addValue("sRegion", s.region()).addValue("sPostal", s.postalCode())
                .addValue("sCountry", s.country()).addValue("sPhone", s.phone())
                .addValue("sLat", s.latitude(), Types.DOUBLE).addValue("sLon", s.longitude(), Types.DOUBLE)
                .addValue("bLat", b.latitude(), Types.DOUBLE).addValue("bLon", b.longitude(), Types.DOUBLE)
                .addValue("bName", b.name()).addValue("bLine1", b.line1()).addValue("bLine2", b.line2())
                .addValue("bCity", b.city()).addValue("bRegion", b.region()).addValue("bPostal", b.postalCode())
                .addValue("bCountry", b.country()).addValue("bPhone", b.phone())
                .addValue("location", c.locationCode())
                .addValue("paymentMethod", c.payment() == null ? null : c.payment().method())
                .addValue("paymentToken", c.payment() == null ? null : c.payment().token())
                .addValue("notes", c.notes()).addValue("tags", c.tags() == null || c.tags().isEmpty() ? null
                        : String.join(",", c.tags()))
                .addValue("tracking", order.trackingToken()).addValue("createdBy", c.actor())
                .addValue("createdAt", Times.db(order.createdAt()), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private void insertLines(List<Order> orders) {
        record LineRow(OrderId id, Order.Line line) {
        }
        record AllocationRow(OrderId id, int lineNo, Allocation a) {
        }
        List<LineRow> lines = new ArrayList<>();
        List<AllocationRow> allocations = new ArrayList<>();
        for (Order order : orders) {
            for (Order.Line l : order.lines()) {
                lines.add(new LineRow(order.id(), l));
                l.allocations().forEach(a -> allocations.add(new AllocationRow(order.id(), l.priced().lineNo(), a)));
            }
        }
        template.batchUpdate("""
                INSERT INTO order_lines (order_id, line_no, sku, name, quantity, unit_price_minor, line_total_minor,
                                         backordered_quantity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                lines, lines.size(), (ps, row) -> {
                    var l = row.line();
                    ps.setObject(1, row.id().value());
                    ps.setInt(2, l.priced().lineNo());
                    ps.setString(3, l.priced().sku());
                    ps.setString(4, l.priced().name());
                    ps.setInt(5, l.priced().quantity());
                    ps.setLong(6, l.priced().unitPrice().amountMinor());
                    ps.setLong(7, l.priced().lineTotal().amountMinor());
                    ps.setInt(8, l.backordered());
                });
        if (!allocations.isEmpty()) {
            template.batchUpdate("""
                    INSERT INTO order_allocations (order_id, line_no, location_code, quantity, rule)
                    VALUES (?, ?, ?, ?, ?)""", allocations, allocations.size(), (ps, r) -> {
                ps.setObject(1, r.id().value());
                ps.setInt(2, r.lineNo());
                ps.setString(3, r.a().location());
                ps.setInt(4, r.a().quantity());
                ps.setString(5, r.a().rule());
            });
        }
    }

    /**
     * A line's units left {@code from} (fulfillment could not pick them there): they come off that allocation, go
     * onto the locations inventory reserved them at instead, and what no location could take counts as
     * backordered on the line. Locks the order row first, like every other change to an order.
     */
    void moveAllocation(OrderId id, int lineNo, String from, int quantity, List<Reservation.Allocation> to,
                        int backordered, java.time.Instant now) {
        jdbc.sql("SELECT id FROM orders WHERE id = :id FOR UPDATE").param("id", id.value()).query(UUID.class).single();
        reduceAllocation(id, lineNo, from, quantity);
        for (Reservation.Allocation a : to) {
            addAllocation(id, lineNo, a.location(), a.quantity(), a.rule());
        }
        if (backordered > 0) {
            jdbc.sql("""
                    UPDATE order_lines SET backordered_quantity = backordered_quantity + :q
                    WHERE order_id = :id AND line_no = :line""")
                    .param("q", backordered).param("id", id.value()).param("line", lineNo).update();
        }
        jdbc.sql("UPDATE orders SET updated_at = :now, version = version + 1 WHERE id = :id")
                .param("now", Times.db(now)).param("id", id.value()).update();
    }

    /** Adds units to the line's allocation at the location, creating it (with {@code rule}) when there is none. */
    private void addAllocation(OrderId id, int lineNo, String location, int quantity, String rule) {
        int merged = jdbc.sql("""
                UPDATE order_allocations SET quantity = quantity + :q
                WHERE order_id = :id AND line_no = :line AND location_code = :loc""")
                .param("q", quantity).param("id", id.value()).param("line", lineNo).param("loc", location).update();
        if (merged == 0) {
            jdbc.sql("""
                    INSERT INTO order_allocations (order_id, line_no, location_code, quantity, rule)
                    VALUES (:id, :line, :loc, :q, :rule)""")
                    .param("id", id.value()).param("line", lineNo).param("loc", location).param("q", quantity)
                    .param("rule", rule).update();
        }
    }

    /** Takes freed units off the line's allocation at the location; an allocation that reaches 0 is removed. */
    void reduceAllocation(OrderId id, int lineNo, String location, int quantity) {
        jdbc.sql("""
                UPDATE order_allocations SET quantity = quantity - :q
                WHERE order_id = :id AND line_no = :line AND location_code = :loc""")
                .param("q", quantity).param("id", id.value()).param("line", lineNo).param("loc", location).update();
        jdbc.sql("""
                DELETE FROM order_allocations
                WHERE order_id = :id AND line_no = :line AND location_code = :loc AND quantity <= 0""")
                .param("id", id.value()).param("line", lineNo).param("loc", location).update();
    }

    void insertTimeline(OrderId orderId, List<TimelineEntry> entries) {
        template.batchUpdate(INSERT_TIMELINE, entries, entries.size(), (ps, e) -> setTimeline(ps, orderId, e));
    }

    private static void setTimeline(java.sql.PreparedStatement ps, OrderId orderId, TimelineEntry e)
            throws java.sql.SQLException {
        ps.setObject(1, e.id());
        ps.setObject(2, orderId.value());
        ps.setObject(3, Times.db(e.at()), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setString(4, e.type());
        ps.setString(5, e.message());
        ps.setString(6, e.actor());
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
        addAllocation(orderId, lineNo, location, quantity, "backorder-filled");
        jdbc.sql("""
                UPDATE order_lines SET backordered_quantity = backordered_quantity - :q
                WHERE order_id = :o AND line_no = :line""")
                .param("q", quantity).param("o", orderId.value()).param("line", lineNo).update();
        jdbc.sql("UPDATE orders SET updated_at = :now, version = version + 1 WHERE id = :o")
                .param("now", Times.db(now)).param("o", orderId.value()).update();
        return true;
    }
}
