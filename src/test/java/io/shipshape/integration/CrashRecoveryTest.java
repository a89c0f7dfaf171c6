package io.shipshape.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.shipshape.ShipshapeApplication;
import io.shipshape.TestData;
import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.CreateProduct;
import io.shipshape.inventory.Address;
import io.shipshape.inventory.CreateLocation;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.LocationType;
import io.shipshape.inventory.SetStockCount;
import io.shipshape.orders.Channel;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.PlaceOrder;
import io.shipshape.shared.Money;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A server stops abruptly while events are pending — its webhook receiver is down and its Kafka broker unreachable —
 * and a new server on the same database delivers every one of them, to the webhook and to Kafka, at least once.
 * Both servers are real Spring contexts on a database of this test's own (a fresh H2 file, or a fresh PostgreSQL
 * database when the suite runs on PostgreSQL), so no other test's server can do the work for them.
 */
class CrashRecoveryTest {

    @Test
    void pendingEventsAreDeliveredAfterAnAbruptStop() throws Exception {
        String db = freshDatabase();
        int receiverPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            receiverPort = probe.getLocalPort(); // nothing listens there until the second server runs
        }
        String secret;
        List<String> eventIds = new ArrayList<>();
        try (ConfigurableApplicationContext first = start(db, "127.0.0.1:1")) {
            IntegrationManagement integration = first.getBean(IntegrationManagement.class);
            secret = integration.create(new CreateWebhook("http://127.0.0.1:" + receiverPort + "/hook",
                    List.of("*"), "crash test")).secret();
            String sku = stockedSku(first, 10);
            OrderManagement orders = first.getBean(OrderManagement.class);
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            for (int i = 0; i < 3; i++) {
                UUID orderId = orders.place(new PlaceOrder(Channel.API, null, new PlaceOrder.CustomerData(
                        TestData.unique("crash").toLowerCase() + "@example.com", "Crash", null), null, null,
                        List.of(new PlaceOrder.Line(sku, 1, null)), null, null, null, null, null, null, null, "test"))
                        .id().value();
                eventIds.add(jdbc.sql("select id from integration_event where order_id = :id and type = 'order.created'").param("id", orderId)
                        .query(UUID.class).single().toString());
            }
            // Every delivery was tried and failed (receiver down); Kafka has published nothing.
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from webhook_delivery "
                    + "where attempts > 0 and status = 'PENDING'").query(Integer.class).single() >= 3);
            assertThat(jdbc.sql("select last_seq from integration_cursor where name = 'kafka'").query(Long.class)
                    .single()).isZero();
        } // closed at once: pending deliveries and the Kafka batch are left as they are

        // The receiver trusts the secret before the second server starts: it delivers while still starting up.
        try (WebhookReceiver receiver = trusting(new WebhookReceiver(receiverPort), secret);
             ConfigurableApplicationContext second = start(db, KafkaBroker.bootstrapServers())) {
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().keySet().containsAll(eventIds));
            List<ConsumerRecord<String, String>> records = KafkaBroker.readUntil(
                    rs -> ids(rs).containsAll(eventIds), Duration.ofSeconds(60));
            assertThat(ids(records)).containsAll(eventIds);
            assertThat(receiver.badSignatures()).isEmpty();
        } finally {
            dropDatabase(db);
        }
    }

    private static WebhookReceiver trusting(WebhookReceiver receiver, String secret) {
        receiver.trust(secret);
        return receiver;
    }

    static ConfigurableApplicationContext start(String db, String kafka) {
        // Command-line arguments: they outrank the test profile's datasource and retry settings.
        return new SpringApplicationBuilder(ShipshapeApplication.class).profiles("test")
                .run("--spring.datasource.url=" + db, "--server.port=0",
                        "--shipshape.kafka.bootstrap-servers=" + kafka, "--shipshape.kafka.send-timeout=1s",
                        "--shipshape.webhooks.disable-after=1h", "--spring.datasource.hikari.maximum-pool-size=6");
    }

    static Set<String> ids(List<ConsumerRecord<String, String>> records) {
        Set<String> ids = new HashSet<>();
        for (ConsumerRecord<String, String> r : records) {
            ids.add(com.jayway.jsonpath.JsonPath.read(r.value(), "$.id"));
        }
        return ids;
    }

    static String stockedSku(ConfigurableApplicationContext context, int onHand) {
        String sku = TestData.unique("CRASH");
        context.getBean(CatalogManagement.class).create(new CreateProduct(sku, "Crash test product",
                Money.of(1000, "USD"), null, null, false));
        String code = TestData.unique("CR");
        InventoryManagement inventory = context.getBean(InventoryManagement.class);
        inventory.createLocation(new CreateLocation(code, "Crash WH", LocationType.WAREHOUSE,
                new Address("1 Main", null, "Austin", null, "73301", "US"), null, null, 1));
        inventory.setCount(new SetStockCount(sku, code, onHand, null, null, null, null, "test"));
        return sku;
    }

    static String freshDatabase() throws Exception {
        String name = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (!TestData.onPostgres()) {
            return "jdbc:h2:file:./target/test-data/" + name + "/shipshape;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        }
        String url = System.getProperty("shipshape.test.datasource-url");
        try (Connection c = DriverManager.getConnection(url, System.getProperty("shipshape.test.datasource-username",
                "postgres"), System.getProperty("shipshape.test.datasource-password", ""))) {
            c.createStatement().execute("create database " + name);
        }
        return url.substring(0, url.lastIndexOf('/') + 1) + name;
    }

    static void dropDatabase(String db) throws Exception {
        if (!db.startsWith("jdbc:postgresql")) {
            return;
        }
        String url = System.getProperty("shipshape.test.datasource-url");
        String name = db.substring(db.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(url, System.getProperty("shipshape.test.datasource-username",
                "postgres"), System.getProperty("shipshape.test.datasource-password", ""))) {
            c.createStatement().execute("drop database if exists " + name + " with (force)");
        }
    }
}
