package io.shipshape.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.fulfillment.FulfillmentManagement;
import io.shipshape.fulfillment.FulfillmentView;
import io.shipshape.fulfillment.PackLine;
import io.shipshape.fulfillment.ShipFulfillment;
import io.shipshape.orders.Channel;
import io.shipshape.orders.OrderFixtures;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderPayments;
import io.shipshape.orders.OrderView;
import io.shipshape.orders.PlaceOrder;
import io.shipshape.orders.PostalAddress;
import io.shipshape.payments.PaymentManagement;
import io.shipshape.shared.Money;
import io.shipshape.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fixtures for returns tests: an order paid by test card (authorised and captured), released, packed and shipped
 * from a fresh warehouse, through the public APIs of orders, payments and fulfillment, as production drives them.
 */
public final class ReturnFixtures {

    public final ApiClient api;
    public final OrderFixtures orders;
    private final OrderManagement orderManagement;
    private final OrderPayments payments;
    private final PaymentManagement paymentManagement;
    private final FulfillmentManagement fulfillment;
    private final JdbcClient jdbc;
    public String warehouse;

    public ReturnFixtures(ApiClient api, OrderManagement orderManagement, OrderPayments payments,
                          PaymentManagement paymentManagement, FulfillmentManagement fulfillment, JdbcClient jdbc) {
        this.api = api;
        this.orders = new OrderFixtures(api);
        this.orderManagement = orderManagement;
        this.payments = payments;
        this.paymentManagement = paymentManagement;
        this.fulfillment = fulfillment;
        this.jdbc = jdbc;
    }

    /** A new warehouse (kept in {@link #warehouse}) with these products (price in USD cents) and stock of each. */
    public List<String> products(int stock, long... prices) throws Exception {
        warehouse = orders.warehouse(1);
        List<String> skus = new ArrayList<>();
        for (long price : prices) {
            String sku = orders.product(price, "USD");
            orders.stock(sku, warehouse, stock);
            skus.add(sku);
        }
        return skus;
    }

    /** Places, pays (authorise + capture by test card) and ships the order; {@code shipping} in USD cents. */
    public OrderView shippedOrder(Map<String, Integer> lines, long shipping) {
        OrderView order = orderManagement.place(new PlaceOrder(Channel.WEB, null,
                new PlaceOrder.CustomerData(OrderFixtures.uniqueEmail("returner"), "Rita Returner", null),
                new PostalAddress("Rita Returner", "1 Main St", null, "Springfield", null, "12345", "US", null), null,
                lines.entrySet().stream().map(e -> new PlaceOrder.Line(e.getKey(), e.getValue(), null)).toList(),
                new PlaceOrder.ShippingMethod("standard", Money.of(shipping, "USD")), null,
                new PlaceOrder.PaymentData("test_card", "tok_ok"), warehouse, null, null, null, "test"));
        payments.authorize(order.id());
        paymentManagement.capture(order.id(), null, "test");
        // Order processing releases the order after commit too; whichever release wins, wait until the
        // fulfillment orders are visible, then ship all of them.
        fulfillment.release(order.id(), "test");
        int units = lines.values().stream().mapToInt(Integer::intValue).sum();
        await().atMost(Duration.ofSeconds(20)).until(() -> fulfillment.ofOrder(order.id()).stream()
                .mapToInt(FulfillmentView::units).sum() >= units);
        for (FulfillmentView f : fulfillment.ofOrder(order.id())) {
            if (f.status().isOpen()) {
                fulfillment.pack(f.id(), f.lines().stream().map(l -> new PackLine(l.sku(), l.quantity())).toList(),
                        "test");
                fulfillment.ship(f.id(), new ShipFulfillment("UPS", null, "1Z" + f.id().toString().substring(0, 8),
                        null, null, "test"));
            }
        }
        return orderManagement.get(order.id());
    }

    public OrderView shippedOrder(String sku, int quantity, long shipping) {
        return shippedOrder(Map.of(sku, quantity), shipping);
    }

    /** Moves the order's shipment (and delivery) back in time, to test the return window. */
    public void shippedDaysAgo(OrderId orderId, int days) {
        Instant then = Instant.now().minus(Duration.ofDays(days));
        jdbc.sql("UPDATE fulfillment_orders SET shipped_at = :t, delivered_at = NULL WHERE order_id = :id")
                .param("t", Times.db(then)).param("id", orderId.value()).update();
    }

    /** POSTs a return request and answers the JSON body (expecting {@code expected}). */
    public String requestReturn(OrderId orderId, String resolution, int expected, Object... skuQuantityReason)
            throws Exception {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < skuQuantityReason.length; i += 3) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("sku", skuQuantityReason[i]);
            line.put("quantity", skuQuantityReason[i + 1]);
            line.put("reason", skuQuantityReason[i + 2]);
            lines.add(line);
        }
        return api.post("/api/v1/orders/" + orderId + "/returns", OrderFixtures.json(Map.of("lines", lines,
                        "resolution", resolution)))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    public String post(String path, String json, int expected) throws Exception {
        return api.post(path, json).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    public String approved(OrderId orderId, String resolution, Object... skuQuantityReason) throws Exception {
        String id = JsonPath.read(requestReturn(orderId, resolution, 201, skuQuantityReason), "$.id");
        post("/api/v1/returns/" + id + "/approve", "{}", 200);
        return id;
    }

    public static String receive(String location, Object... skuQuantityCondition) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < skuQuantityCondition.length; i += 3) {
            lines.add(Map.of("sku", skuQuantityCondition[i], "quantity", skuQuantityCondition[i + 1],
                    "condition", skuQuantityCondition[i + 2]));
        }
        return OrderFixtures.json(Map.of("location", location, "lines", lines));
    }

    /** On-hand and reserved of a SKU at the fixture's warehouse. */
    public int[] stock(String sku) throws Exception {
        String body = api.get("/api/v1/inventory/{sku}", sku).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<Integer> onHand = JsonPath.read(body, "$.locations[?(@.location == '" + warehouse + "')].onHand");
        List<Integer> reserved = JsonPath.read(body, "$.locations[?(@.location == '" + warehouse + "')].reserved");
        return new int[] {onHand.get(0), reserved.get(0)};
    }

    public void assertConsistent() throws Exception {
        String body = api.get("/api/v1/inventory/consistency").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<Boolean>read(body, "$.ok")).as(body).isTrue();
    }

    public Money refunded(OrderId orderId) {
        return paymentManagement.payments(orderId).refunded();
    }
}
