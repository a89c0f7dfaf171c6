package io.shipshape.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeApplication;
import io.shipshape.TestData;
import org.junit.jupiter.api.Test;

/**
 * Server processes as production runs them. The server process is killed (SIGKILL, no shutdown of any kind) while it processes a burst of orders and while its
 * webhook deliveries and Kafka publishing are in flight; a new server process on the same database finishes the work.
 * Every order reaches IN_FULFILLMENT exactly once — one authorisation, each status change once, one fulfillment
 * order — the stock stays consistent, and every stored event reaches the webhook receiver and Kafka at least once.
 * And two server processes on one PostgreSQL database never process an order twice. The servers are separate
 * JVMs started from the test class path, on a database of this test's own.
 */
class ServerProcessesTest {

    private static final int ORDERS = 80;
    private static final String[] RESUBMIT_AFTER_5S = {"--shipshape.events.resubmit-after=5s",
        "--shipshape.events.resubmit-every=5s"};
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyOrderAndEventIsFinishedExactlyOnceAfterTheServerIsKilled() throws Exception {
        String db = CrashRecoveryTest.freshDatabase();
        String kafka = KafkaBroker.bootstrapServers();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            // The first attempt of every delivery fails, so deliveries are pending when the server dies.
            receiver.answer((id, attempt) -> attempt == 1 ? 503 : 200);
            Server first = Server.start(db, kafka, "first", RESUBMIT_AFTER_5S);
            String sku;
            List<String> orderIds;
            try {
                sku = setUp(first);
                String secret = JsonPath.read(first.post("/api/v1/webhooks",
                        "{\"url\": \"" + receiver.url() + "\", \"events\": [\"*\"]}", 201), "$.secret");
                receiver.trust(secret);
                orderIds = placeOrders(first, sku);
            } finally {
                first.kill();
            }
            Map<String, Long> pending = pendingWork(db);
            System.out.println("ServerProcessesTest: left by the killed server: " + pending);
            assertThat(pending.values().stream().mapToLong(Long::longValue).sum())
                    .as("work in flight when the server was killed: %s", pending).isPositive();

            Server second = Server.start(db, kafka, "second", RESUBMIT_AFTER_5S);
            try {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() ->
                        JsonPath.<List<String>>read(second.get("/api/v1/orders?limit=500&status=IN_FULFILLMENT&sku="
                                + sku), "$.items[*].id").size() == ORDERS);
                assertThat(JsonPath.<Boolean>read(second.get("/api/v1/inventory/consistency"), "$.ok")).isTrue();

                Set<String> events = eventIds(second);
                assertThat(events).hasSizeGreaterThanOrEqualTo(ORDERS * 4); // created, confirmed, authorized, ...
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> receiver.received().keySet().containsAll(events));
                assertThat(receiver.badSignatures()).isEmpty();
                Set<String> published = CrashRecoveryTest.ids(KafkaBroker.readUntil(
                        rs -> CrashRecoveryTest.ids(rs).containsAll(events), Duration.ofSeconds(120)));
                assertThat(published).containsAll(events);
            } finally {
                second.stop();
            }
            assertProcessedExactlyOnce(db, orderIds);
        } finally {
            CrashRecoveryTest.dropDatabase(db);
        }
    }

    /**
     * Two server processes on one PostgreSQL database take orders at once, and each also picks up the other's
     * unfinished event publications (resubmitted after 1 s): no order is processed twice.
     */
    @Test
    void twoServersOnOneDatabaseProcessEveryOrderExactlyOnce() throws Exception {
        assumeTrue(TestData.onPostgres(), "two server processes share one database only on PostgreSQL");
        String db = CrashRecoveryTest.freshDatabase();
        String kafka = KafkaBroker.bootstrapServers();
        try {
            Server a = Server.start(db, kafka, "a", "--shipshape.events.resubmit-after=1s",
                    "--shipshape.events.resubmit-every=1s");
            Server b = null;
            try {
                b = Server.start(db, kafka, "b", "--shipshape.events.resubmit-after=1s",
                        "--shipshape.events.resubmit-every=1s");
                String sku = setUp(a);
                List<String> orderIds = new ArrayList<>(placeOrders(a, sku));
                orderIds.addAll(placeOrders(b, sku));
                Server reader = b;
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() ->
                        JsonPath.<List<String>>read(reader.get("/api/v1/orders?limit=500&status=IN_FULFILLMENT&sku="
                                + sku), "$.items[*].id").size() == orderIds.size());
                Thread.sleep(3000); // resubmissions of the last publications run meanwhile
                assertThat(JsonPath.<Boolean>read(reader.get("/api/v1/inventory/consistency"), "$.ok")).isTrue();
                assertProcessedExactlyOnce(db, orderIds);
            } finally {
                a.stop();
                if (b != null) {
                    b.stop();
                }
            }
        } finally {
            CrashRecoveryTest.dropDatabase(db);
        }
    }

    private static String setUp(Server server) throws Exception {
        String code = TestData.unique("KW");
        server.post("/api/v1/locations", "{\"code\": \"" + code + "\", \"name\": \"Kill test\", \"type\": \"WAREHOUSE\","
                + " \"address\": {\"line1\": \"1 Dock\", \"city\": \"Austin\", \"postalCode\": \"73301\","
                + " \"country\": \"US\"}}", 201);
        String sku = TestData.unique("KILL");
        server.post("/api/v1/products", "{\"sku\": \"" + sku + "\", \"name\": \"Kill test\","
                + " \"price\": {\"amount\": 1000, \"currency\": \"USD\"}}", 201);
        server.send(HttpRequest.newBuilder(server.uri("/api/v1/inventory/" + sku + "/" + code))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"onHand\": 1000}")), 200);
        return sku;
    }

    /** ORDERS one-unit orders paid by test card, from 8 clients at once; answers their ids. */
    private static List<String> placeOrders(Server server, String sku) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> placed = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                String email = TestData.unique("killed").toLowerCase() + "@example.com";
                placed.add(clients.submit(() -> JsonPath.read(server.post("/api/v1/orders", "{\"channel\": \"API\","
                        + " \"customer\": {\"email\": \"" + email + "\", \"name\": \"Kim Killed\"},"
                        + " \"shippingAddress\": {\"name\": \"Kim Killed\", \"line1\": \"2 Main Street\","
                        + " \"city\": \"Town\", \"postalCode\": \"10115\", \"country\": \"US\"},"
                        + " \"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 1}],"
                        + " \"payment\": {\"method\": \"test_card\", \"token\": \"tok_ok\"}}", 201), "$.id")));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> f : placed) {
                ids.add(f.get(60, TimeUnit.SECONDS));
            }
            return ids;
        } finally {
            clients.shutdownNow();
        }
    }

    private static Set<String> eventIds(Server server) throws Exception {
        Set<String> ids = new HashSet<>();
        String after = "0";
        while (true) {
            String page = server.get("/api/v1/events?limit=500&after=" + after);
            List<String> items = JsonPath.read(page, "$.items[*].id");
            if (items.isEmpty()) {
                return ids;
            }
            ids.addAll(items);
            after = JsonPath.read(page, "$.nextCursor");
        }
    }

    /** What the killed server left unfinished, read from its database while no server runs. */
    private static Map<String, Long> pendingWork(String db) throws Exception {
        Map<String, Long> pending = new HashMap<>();
        try (Connection c = connect(db)) {
            pending.put("orders", count(c, "SELECT COUNT(*) FROM orders"));
            pending.put("orders not yet in fulfillment", count(c,
                    "SELECT COUNT(*) FROM orders WHERE status <> 'IN_FULFILLMENT'"));
            pending.put("incomplete event publications", count(c,
                    "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"));
            pending.put("webhook deliveries not delivered", count(c,
                    "SELECT COUNT(*) FROM webhook_delivery WHERE status <> 'DELIVERED'"));
        }
        return pending;
    }

    private static void assertProcessedExactlyOnce(String db, List<String> orderIds) throws Exception {
        try (Connection c = connect(db)) {
            Map<String, Integer> authorizations = perOrder(c, "SELECT order_id, COUNT(*) FROM payment_transactions"
                    + " WHERE kind = 'AUTHORIZATION' AND status = 'SUCCESS' GROUP BY order_id");
            Map<String, Integer> fulfillments = perOrder(c,
                    "SELECT order_id, COUNT(*) FROM fulfillment_orders GROUP BY order_id");
            Map<String, Integer> confirmed = perOrder(c, "SELECT order_id, COUNT(*) FROM order_status_history"
                    + " WHERE from_status = 'PENDING' AND to_status = 'CONFIRMED' GROUP BY order_id");
            Map<String, Integer> released = perOrder(c, "SELECT order_id, COUNT(*) FROM order_status_history"
                    + " WHERE from_status = 'CONFIRMED' AND to_status = 'IN_FULFILLMENT' GROUP BY order_id");
            long otherChanges = count(c, "SELECT COUNT(*) FROM order_status_history WHERE NOT (from_status = "
                    + "'PENDING' AND to_status = 'CONFIRMED') AND NOT (from_status = 'CONFIRMED' AND to_status = "
                    + "'IN_FULFILLMENT')");
            long allAuthorizations = count(c, "SELECT COUNT(*) FROM payment_transactions WHERE kind = 'AUTHORIZATION'");
            for (String id : orderIds) {
                assertThat(authorizations.get(id)).as("authorisations of %s", id).isEqualTo(1);
                assertThat(fulfillments.get(id)).as("fulfillment orders of %s", id).isEqualTo(1);
                assertThat(confirmed.get(id)).as("confirmations of %s", id).isEqualTo(1);
                assertThat(released.get(id)).as("releases of %s", id).isEqualTo(1);
            }
            assertThat(allAuthorizations).isEqualTo(orderIds.size());
            assertThat(otherChanges).isZero();
        }
    }

    private static Map<String, Integer> perOrder(Connection c, String sql) throws Exception {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    private static long count(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect(String db) throws Exception {
        return DriverManager.getConnection(db, username(db), password(db));
    }

    private static String username(String db) {
        return db.startsWith("jdbc:postgresql")
                ? System.getProperty("shipshape.test.datasource-username", "postgres") : "sa";
    }

    private static String password(String db) {
        return db.startsWith("jdbc:postgresql") ? System.getProperty("shipshape.test.datasource-password", "") : "";
    }

    /** A server JVM of its own, started from this test's class path with the test profile. */
    private record Server(Process process, int port, Path log) {

        static Server start(String db, String kafka, String name, String... settings) throws Exception {
            int port;
            try (ServerSocket probe = new ServerSocket(0)) {
                port = probe.getLocalPort();
            }
            Path log = Path.of("target", "server-process-" + name + ".log");
            Files.createDirectories(log.getParent());
            List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), ShipshapeApplication.class.getName(),
                    "--spring.profiles.active=test", "--server.port=" + port,
                    "--spring.datasource.url=" + db, "--spring.datasource.username=" + username(db),
                    "--spring.datasource.password=" + password(db), "--spring.datasource.hikari.maximum-pool-size=8",
                    "--shipshape.kafka.bootstrap-servers=" + kafka, "--shipshape.kafka.send-timeout=2s",
                    "--shipshape.webhooks.disable-after=1h",
                    // A payment request cut off by the kill is settled by reconciliation, as in production.
                    "--shipshape.payments.jobs.enabled=true", "--shipshape.payments.jobs.every=2s",
                    "--shipshape.payments.reconcile-after=2s"));
            cmd.addAll(List.of(settings)); // (a setting given twice would be joined with a comma, not replaced)
            Process process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Server server = new Server(process, port, log);
            try {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("server " + name + " died; see " + log);
                    }
                    return server.ready();
                });
            } catch (RuntimeException e) {
                process.destroyForcibly();
                throw e;
            }
            return server;
        }

        private boolean ready() {
            try {
                return http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        String get(String path) throws Exception {
            return send(HttpRequest.newBuilder(uri(path)).GET(), 200);
        }

        String post(String path, String json, int expected) throws Exception {
            return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json)), expected);
        }

        String send(HttpRequest.Builder request, int expected) throws Exception {
            HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + ApiClient.ADMIN_KEY)
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s answered %s", request.build().uri(), response.body())
                    .isEqualTo(expected);
            return response.body();
        }

        /** SIGKILL: no shutdown hook, no graceful stop, nothing flushed. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        /** A normal stop (SIGTERM, graceful shutdown). */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
