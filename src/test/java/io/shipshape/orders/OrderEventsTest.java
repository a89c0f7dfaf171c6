package io.shipshape.orders;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.shipshape.TestData;
import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.CreateProduct;
import io.shipshape.inventory.Address;
import io.shipshape.inventory.CreateLocation;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.LocationType;
import io.shipshape.inventory.SetStockCount;
import io.shipshape.inventory.StockEvents.StockReserved;
import io.shipshape.orders.OrderEvents.OrderPlaced;
import io.shipshape.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Capture publishes its events through Spring Modulith's event publication registry: a listener's publication
 * is stored in the capture's transaction and marked complete only after the listener succeeded, so a failing
 * or crashed listener leaves it to be resubmitted, never lost.
 */
@SpringBootTest(properties = "shipshape.events.resubmit-after=0s")
@ActiveProfiles("test")
class OrderEventsTest {

    static class Listener {
        final List<OrderPlaced> received = new CopyOnWriteArrayList<>();
        final AtomicBoolean fail = new AtomicBoolean();

        @ApplicationModuleListener
        void on(OrderPlaced event) {
            if (fail.get()) {
                throw new IllegalStateException("listener down");
            }
            received.add(event);
        }

        // Accessed through methods: the listener bean is an async, transactional proxy.
        public List<OrderPlaced> received() {
            return received;
        }

        public void failing(boolean failing) {
            fail.set(failing);
        }
    }

    @TestConfiguration
    static class Config {
        @Bean
        Listener orderPlacedTestListener() {
            return new Listener();
        }
    }

    @Autowired
    OrderManagement orders;
    @Autowired
    CatalogManagement catalog;
    @Autowired
    InventoryManagement inventory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Listener listener;
    @Autowired
    io.shipshape.shared.EventPublicationHousekeeping housekeeping;

    @Test
    void captureRecordsOrderPlacedAndStockReserved(@Autowired io.shipshape.RecordedEvents events) {
        String sku = stockedSku(5);
        OrderView order = orders.place(order(sku, 2));

        assertThat(events.stream(OrderPlaced.class).filter(e -> e.orderId().equals(order.id()))).singleElement().satisfies(e -> {
            assertThat(e.orderId()).isEqualTo(order.id());
            assertThat(e.total()).isEqualTo(order.totals().total());
            assertThat(e.lines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualTo(2));
        });
        assertThat(events.stream(StockReserved.class).filter(e -> e.reference().equals(order.id().toString())))
                .singleElement()
                .satisfies(e -> assertThat(e.reference()).isEqualTo(order.id().toString()));
    }

    @Test
    void listenerRunsAfterCommitAndItsPublicationIsCompleted() {
        String sku = stockedSku(5);
        OrderView order = orders.place(order(sku, 1));

        await().atMost(Duration.ofSeconds(10)).until(() ->
                listener.received().stream().anyMatch(e -> e.orderId().equals(order.id())));
        await().atMost(Duration.ofSeconds(10)).until(() -> publications(order, true) == 1);
    }

    @Test
    void failingListenerLeavesItsPublicationIncompleteUntilItIsResubmitted() {
        String sku = stockedSku(5);
        listener.failing(true);
        try {
            OrderView order = orders.place(order(sku, 1));
            await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(10))
                    .until(() -> publications(order, false) == 1);
            assertThat(publications(order, true)).isZero();

            listener.failing(false);
            housekeeping.resubmitIncomplete();
            await().atMost(Duration.ofSeconds(10)).until(() -> publications(order, true) == 1);
            assertThat(listener.received()).anyMatch(e -> e.orderId().equals(order.id()));
        } finally {
            listener.failing(false);
        }
    }

    private long publications(OrderView order, boolean completed) {
        // Only this test's listener: order processing (and other modules) listen to the same OrderPlaced.
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :id"
                        + " AND listener_id LIKE '%OrderEventsTest%' AND completion_date IS "
                        + (completed ? "NOT NULL" : "NULL"))
                .param("id", "%" + order.id() + "%").query(Long.class).single();
    }

    private String stockedSku(int onHand) {
        String sku = TestData.unique("EVT");
        catalog.create(new CreateProduct(sku, "Event test product", Money.of(1000, "USD"), null, null, false));
        String code = TestData.unique("EV");
        inventory.createLocation(new CreateLocation(code, "Events WH", LocationType.WAREHOUSE,
                new Address("1 Main", null, "Austin", null, "73301", "US"), null, null, 1));
        inventory.setCount(new SetStockCount(sku, code, onHand, null, null, null, null, "test"));
        return sku;
    }

    private static PlaceOrder order(String sku, int quantity) {
        return new PlaceOrder(Channel.API, null,
                new PlaceOrder.CustomerData(TestData.unique("ev").toLowerCase() + "@example.com", "Eve", null),
                null, null, List.of(new PlaceOrder.Line(sku, quantity, null)), null, null, null, null, null, null, null,
                "test");
    }
}
