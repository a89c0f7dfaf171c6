package io.shipshape.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import com.jayway.jsonpath.JsonPath;
import io.shipshape.orders.OrderEvents.OrderPlaced;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Processing dies in the middle for many orders: for some the payments call fails before the gateway decided,
 * for others the gateway decided and the answer was lost (the listener fails after the step's effect, exactly
 * like a server killed at that moment: nothing after it committed). The registry keeps those publications
 * incomplete; resubmitted, every order reaches IN_FULFILLMENT with each history row once and one decision each.
 */
@ShipshapeTest
@Import(ScriptedPayments.Config.class)
class OrderProcessingCrashTest {

    static final int ORDERS = 30;

    @Autowired MockMvc mvc;
    @Autowired ScriptedPayments payments;
    @Autowired JdbcClient jdbc;
    @Autowired IncompleteEventPublications incomplete;

    @Test
    void everyOrderReachesItsStateExactlyOnceAfterACrashMidway() throws Exception {
        OrderFixtures fx = new OrderFixtures(ApiClient.admin(mvc));
        String warehouse = fx.warehouse(10);
        String sku = fx.stockedProduct(warehouse, ORDERS * 2);
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            String email = OrderFixtures.uniqueEmail("crash");
            emails.add(email);
            if (i % 3 == 0) {
                payments.failBefore.add(email);
            } else if (i % 3 == 1) {
                payments.failAfter.add(email);
            }
        }
        List<OrderId> ids = new ArrayList<>();
        for (String email : emails) {
            ids.add(OrderProcessingTest.oid(JsonPath.read(fx.place(OrderFixtures.order("WEB").customer(email, "C")
                    .line(sku, 1).shipTo("US")), "$.id")));
        }
        // Every order got as far as the payment call; two thirds died there.
        await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream().allMatch(id -> payments.calls(id) == 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("IN_FULFILLMENT", ids) == ORDERS / 3);
        assertThat(count("PENDING", ids)).isEqualTo(ORDERS - ORDERS / 3);
        assertThat(stages(ids)).contains("RULES_APPLIED").doesNotContain("NEW", "VERIFIED");

        Set<String> ours = ids.stream().map(OrderId::toString).collect(Collectors.toSet());
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof OrderPlaced e
                && ours.contains(e.orderId().toString()));

        await().atMost(Duration.ofSeconds(60)).until(() -> count("IN_FULFILLMENT", ids) == ORDERS);
        for (int i = 0; i < ORDERS; i++) {
            OrderId id = ids.get(i);
            assertThat(history(id)).containsExactly("PENDING>CONFIRMED", "CONFIRMED>IN_FULFILLMENT");
            assertThat(payments.decisions(id)).isEqualTo(1);
            assertThat(payments.calls(id)).isEqualTo(i % 3 == 2 ? 1 : 2);
            assertThat(timelineCount(id, "PAYMENT_CHECKED")).isEqualTo(1);
        }
    }

    private long count(String status, List<OrderId> ids) {
        return ids.stream().filter(id -> jdbc.sql("SELECT status FROM orders WHERE id = :id")
                .param("id", id.value()).query(String.class).single().equals(status)).count();
    }

    private Set<String> stages(List<OrderId> ids) {
        return ids.stream().map(id -> jdbc.sql("SELECT processing_stage FROM orders WHERE id = :id")
                .param("id", id.value()).query(String.class).single()).collect(Collectors.toSet());
    }

    private List<String> history(OrderId id) {
        return jdbc.sql("SELECT from_status, to_status FROM order_status_history WHERE order_id = :id ORDER BY at, id")
                .param("id", id.value()).query((rs, n) -> rs.getString(1) + ">" + rs.getString(2)).list();
    }

    private long timelineCount(OrderId id, String type) {
        return jdbc.sql("SELECT COUNT(*) FROM order_timeline WHERE order_id = :id AND type = :t")
                .param("id", id.value()).param("t", type).query(Long.class).single();
    }
}
