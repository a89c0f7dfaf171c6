package io.shipshape.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.Race;
import io.shipshape.ShipshapeApplication;
import io.shipshape.ShipshapeTest;
import io.shipshape.TestData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two server instances on one PostgreSQL database process the same stream of orders at the same time: the test's
 * context (whose listener processes every order it captured) and a second application context, while threads
 * in both ask each to process every order again. The row lock and the recorded stage let each step happen once:
 * every order has exactly its two history rows and one payment line on its timeline.
 */
@ShipshapeTest
@Import(ScriptedPayments.Config.class)
class OrderProcessingTwoServersTest {

    static final int ORDERS = 40;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired OrderPipeline pipeline;

    @Test
    void twoServersNeverProcessTheSameOrderTwice() throws Exception {
        Assumptions.assumeTrue(TestData.onPostgres(), "two servers share a database only on PostgreSQL");
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ShipshapeApplication.class,
                ScriptedPayments.Config.class).profiles("test")
                .properties("server.port=0", "spring.datasource.hikari.maximum-pool-size=6",
                        "spring.main.banner-mode=off")
                .run()) {
            OrderPipeline other = second.getBean(OrderPipeline.class);
            OrderFixtures fx = new OrderFixtures(ApiClient.admin(mvc));
            String warehouse = fx.warehouse(10);
            String sku = fx.stockedProduct(warehouse, ORDERS);
            List<OrderId> ids = new ArrayList<>();
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                OrderId id = OrderProcessingTest.oid(JsonPath.read(fx.place(OrderFixtures.order("WEB")
                        .line(sku, 1).shipTo("US")), "$.id"));
                ids.add(id);
                calls.add(() -> {
                    other.process(id);
                    return true;
                });
                calls.add(() -> {
                    pipeline.process(id);
                    return true;
                });
            }
            Race.run(calls, 4);
            await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream().allMatch(id ->
                    "IN_FULFILLMENT".equals(jdbc.sql("SELECT status FROM orders WHERE id = :id")
                            .param("id", id.value()).query(String.class).single())));
            Thread.sleep(500); // the listener of this context may still be running on some orders
            for (OrderId id : ids) {
                assertThat(jdbc.sql("SELECT COUNT(*) FROM order_status_history WHERE order_id = :id")
                        .param("id", id.value()).query(Long.class).single()).isEqualTo(2);
                assertThat(jdbc.sql("SELECT COUNT(*) FROM order_timeline WHERE order_id = :id AND type = 'PAYMENT_CHECKED'")
                        .param("id", id.value()).query(Long.class).single()).isEqualTo(1);
            }
        }
    }
}
