package io.shipshape.integration;

import static io.shipshape.orders.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.Race;
import io.shipshape.ShipshapeTest;
import io.shipshape.orders.Channel;
import io.shipshape.orders.OrderFixtures;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderView;
import io.shipshape.orders.PlaceOrder;
import io.shipshape.web.security.ApiKeyManagement;
import io.shipshape.web.security.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored events and the pull feed: payloads built from the capture itself, nothing stored for a rolled-back
 * change, a cursor that never skips or repeats an event while captures commit concurrently, and type filters.
 */
@ShipshapeTest
class EventFeedTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiKeyManagement keys;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    OrderManagement orders;

    ApiClient api;
    OrderFixtures fx;

    @BeforeEach
    void setUp() {
        api = ApiClient.admin(mvc);
        fx = new OrderFixtures(api);
    }

    @Test
    void orderCreatedCarriesTheOrderWithoutACallBack() throws Exception {
        String sku = fx.stockedProduct(fx.warehouse(1), 5);
        String email = OrderFixtures.uniqueEmail("feed");
        String placed = fx.place(order("MARKETPLACE").customer(email, "Ada").externalId("EXT-" + sku)
                .line(sku, 2));
        String orderId = JsonPath.read(placed, "$.id");
        long before = lastSeq();
        await().atMost(Duration.ofSeconds(10)).until(() -> sequenced(orderId));

        String feed = api.get("/api/v1/events?after=" + (before - 50 < 0 ? 0 : before - 50)
                        + "&types=order.created&limit=500").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Object> mine = JsonPath.read(feed, "$.items[?(@.data.orderId == '" + orderId + "')]");
        assertThat(mine).hasSize(1);
        String item = OrderFixtures.json(mine.get(0));
        assertThat((String) JsonPath.read(item, "$.type")).isEqualTo("order.created");
        assertThat((Integer) JsonPath.read(item, "$.version")).isEqualTo(1);
        assertThat((String) JsonPath.read(item, "$.data.number")).isEqualTo(JsonPath.read(placed, "$.number"));
        assertThat((String) JsonPath.read(item, "$.data.externalId")).isEqualTo("EXT-" + sku);
        assertThat((String) JsonPath.read(item, "$.data.channel")).isEqualTo("MARKETPLACE");
        assertThat((String) JsonPath.read(item, "$.data.customer.email")).isEqualTo(email);
        assertThat((Integer) JsonPath.read(item, "$.data.totals.total.amount"))
                .isEqualTo(JsonPath.read(placed, "$.totals.total.amount"));
        assertThat((String) JsonPath.read(item, "$.data.totals.total.currency")).isEqualTo("USD");
        assertThat((String) JsonPath.read(item, "$.data.lines[0].sku")).isEqualTo(sku);
        assertThat((Integer) JsonPath.read(item, "$.data.lines[0].quantity")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(item, "$.data.lines[0].unitPrice.amount")).isEqualTo(1000);
    }

    @Test
    void oneOrdersEventsFollowItsLifecycleInSeqOrder() throws Exception {
        String sku = fx.stockedProduct(fx.warehouse(1), 5);
        String orderId = JsonPath.read(fx.place(order("WEB").line(sku, 1).shipTo("US")
                .set("payment", java.util.Map.of("method", "test_card", "token", "tok_ok"))), "$.id");
        List<String> expected = List.of("order.created", "payment.authorized", "order.confirmed",
                "fulfillment.created");
        await().atMost(Duration.ofSeconds(20)).until(() -> typesOf(orderId).containsAll(expected));
        // Sequenced in the order they happened (seq order of this order's events).
        assertThat(typesOf(orderId)).containsSubsequence(expected);
    }

    List<String> typesOf(String orderId) {
        return jdbc.sql("select type from integration_event where order_id = :id and seq is not null order by seq")
                .param("id", UUID.fromString(orderId)).query(String.class).list();
    }

    @Test
    void typeFilterAndCursorReturnOnlyWhatIsAskedInSeqOrder() throws Exception {
        long start = lastSeq();
        String warehouse = fx.warehouse(1);
        String sku = fx.stockedProduct(warehouse, 2);
        String orderId = JsonPath.read(fx.place(order("WEB").line(sku, 2)), "$.id"); // takes the last units
        await().atMost(Duration.ofSeconds(10)).until(() -> sequenced(orderId) && outOfStockSequenced(sku));

        String out = api.get("/api/v1/events?after=" + start + "&types=inventory.out_of_stock&limit=500")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> types = JsonPath.read(out, "$.items[*].type");
        assertThat(types).isNotEmpty().containsOnly("inventory.out_of_stock");
        List<String> skus = JsonPath.read(out, "$.items[*].data.sku");
        assertThat(skus).contains(sku);

        // Paging one by one gives the same events as one page, and re-reading a cursor gives the same page.
        String all = api.get("/api/v1/events?after=" + start + "&types=order.created,inventory.out_of_stock&limit=500")
                .andReturn().getResponse().getContentAsString();
        List<Integer> allSeqs = JsonPath.read(all, "$.items[*].seq");
        List<Integer> paged = new ArrayList<>();
        String cursor = Long.toString(start);
        for (int i = 0; i < allSeqs.size(); i++) {
            String page = api.get("/api/v1/events?after=" + cursor + "&types=order.created&types=inventory.out_of_stock&limit=1")
                    .andReturn().getResponse().getContentAsString();
            String again = api.get("/api/v1/events?after=" + cursor + "&types=order.created&types=inventory.out_of_stock&limit=1")
                    .andReturn().getResponse().getContentAsString();
            assertThat(again).isEqualTo(page);
            paged.addAll(JsonPath.read(page, "$.items[*].seq"));
            cursor = JsonPath.read(page, "$.nextCursor");
        }
        assertThat(paged).isEqualTo(allSeqs).isSorted();
    }

    @Test
    void cursorNeitherSkipsNorRepeatsWhileCapturesCommitConcurrently() throws Exception {
        long start = lastSeq();
        String sku = fx.stockedProduct(fx.warehouse(1), 100);
        List<String> seen = new CopyOnWriteArrayList<>();
        List<Long> seqs = new CopyOnWriteArrayList<>();
        AtomicBoolean capturing = new AtomicBoolean(true);
        Thread follower = new Thread(() -> {
            String cursor = Long.toString(start);
            try {
                while (capturing.get() || seen.size() < 40) {
                    String page = api.get("/api/v1/events?after=" + cursor + "&types=order.created&limit=7")
                            .andReturn().getResponse().getContentAsString();
                    List<String> ids = JsonPath.read(page, "$.items[*].data.orderId");
                    List<Number> pageSeqs = JsonPath.read(page, "$.items[*].seq");
                    seen.addAll(ids);
                    pageSeqs.forEach(s -> seqs.add(s.longValue()));
                    cursor = JsonPath.read(page, "$.nextCursor");
                    if (ids.isEmpty()) {
                        Thread.sleep(20);
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        follower.start();
        List<String> placed = Race.run(java.util.stream.IntStream.range(0, 40)
                .<java.util.concurrent.Callable<String>>mapToObj(i -> () -> JsonPath.read(
                        fx.place(order("API").line(sku, 1)), "$.id")).toList(), 8);
        capturing.set(false);
        follower.join(30_000);

        assertThat(seen).containsAll(placed);
        assertThat(new HashSet<>(seen)).hasSize(seen.size());
        assertThat(seqs).isSorted();
        assertThat(new HashSet<>(seqs)).hasSize(seqs.size());
    }

    @Test
    void rolledBackChangeStoresNoEvent() throws Exception {
        String sku = fx.stockedProduct(fx.warehouse(1), 5);
        UUID[] orderId = new UUID[1];
        try {
            tx.executeWithoutResult(s -> {
                OrderView view = orders.place(new PlaceOrder(Channel.API, null,
                        new PlaceOrder.CustomerData(OrderFixtures.uniqueEmail("rb"), "Rolled", null), null, null,
                        List.of(new PlaceOrder.Line(sku, 5, null)), null, null, null, null, null, null, null, "test"));
                orderId[0] = view.id().value();
                assertThat(count("order_id = '" + orderId[0] + "'")).isZero(); // written just before commit
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // the capture and everything it published are rolled back
        }
        assertThat(orderId[0]).isNotNull();
        assertThat(count("order_id = '" + orderId[0] + "'")).isZero();
        assertThat(count("subject = '" + sku + "'")).isZero(); // nor the out-of-stock alert of the 5 units

        // A capture refused for stock stores nothing either.
        api.post("/api/v1/orders", order("WEB").line(sku, 6).json()).andExpect(status().isConflict());
        assertThat(count("payload like '%" + sku + "%'")).isZero();
    }

    @Test
    void feedNeedsTheEventsScopeAndRefusesUnknownTypes() throws Exception {
        ApiClient ordersOnly = ApiClient.withScopes(mvc, keys, Scope.ORDERS_READ);
        ordersOnly.get("/api/v1/events").andExpect(status().isForbidden());
        ApiClient reader = ApiClient.withScopes(mvc, keys, Scope.EVENTS_READ);
        reader.get("/api/v1/events?limit=1").andExpect(status().isOk()).andExpect(jsonPath("$.nextCursor").isString());
        reader.get("/api/v1/events?types=order.exploded").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/validation-failed"));
        reader.get("/api/v1/events?after=abc").andExpect(status().isBadRequest());
        reader.get("/api/v1/events?limit=501").andExpect(status().isBadRequest());
        // nextCursor stays where it was when nothing is new
        long last = lastSeq();
        reader.get("/api/v1/events?after=" + (last + 1000)).andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.nextCursor").value(Long.toString(last + 1000)));
    }

    long lastSeq() {
        return jdbc.sql("select coalesce(max(seq), 0) from integration_event").query(Long.class).single();
    }

    boolean sequenced(String orderId) {
        return count("order_id = '" + orderId + "' and seq is not null") > 0;
    }

    boolean outOfStockSequenced(String sku) {
        return count("type = 'inventory.out_of_stock' and subject = '" + sku + "' and seq is not null") > 0;
    }

    int count(String where) {
        return jdbc.sql("select count(*) from integration_event where " + where).query(Integer.class).single();
    }
}
