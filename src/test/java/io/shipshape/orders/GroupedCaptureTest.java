package io.shipshape.orders;

import java.util.ArrayList;
import java.util.List;

import io.shipshape.TestData;
import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.CreateProduct;
import io.shipshape.inventory.Address;
import io.shipshape.inventory.CreateLocation;
import io.shipshape.inventory.InsufficientStock;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.LocationType;
import io.shipshape.inventory.SetStockCount;
import io.shipshape.shared.Money;
import io.shipshape.shared.ResponseHook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The grouped capture path decided deterministically: each test hands {@link CaptureQueue#commit} a fixed batch
 * (what the committer thread would have drained), so what is grouped does not depend on timing.
 */
@SpringBootTest
@ActiveProfiles("test")
class GroupedCaptureTest {

    @Autowired
    CaptureQueue queue;
    @Autowired
    OrderManagement orders;
    @Autowired
    CatalogManagement catalog;
    @Autowired
    InventoryManagement inventory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void ordersThatDoNotFitFailAloneAndTheOthersAreAcceptedInArrivalOrder() {
        String location = location();
        String sku = product(location, 5);
        List<CaptureQueue.Pending> batch = pending(order(sku, 2), order(sku, 2), order(sku, 2), order(sku, 1),
                order(sku, 1));

        queue.commit(batch);

        List<CaptureBatch.Outcome> outcomes = batch.stream().map(p -> p.outcome().join()).toList();
        assertThat(outcomes.get(0).order()).isNotNull();
        assertThat(outcomes.get(1).order()).isNotNull();
        assertThat(outcomes.get(2).problem()).isInstanceOfSatisfying(InsufficientStock.class, e ->
                assertThat(e.shortages()).singleElement().satisfies(s -> {
                    assertThat(s.requested()).isEqualTo(2);
                    assertThat(s.available()).isEqualTo(1); // what the earlier orders of the batch left
                }));
        assertThat(outcomes.get(3).order()).isNotNull();
        assertThat(outcomes.get(4).problem()).isInstanceOf(InsufficientStock.class);
        assertThat(inventory.stockOf(sku).reserved()).isEqualTo(5);
        for (int i : new int[] {0, 1, 3}) {
            OrderView stored = orders.get(outcomes.get(i).order().id());
            assertThat(stored.lines()).singleElement().satisfies(l ->
                    assertThat(l.allocations()).singleElement().satisfies(a -> assertThat(a.location()).isEqualTo(location)));
        }
        // Numbers follow arrival order.
        assertThat(number(outcomes.get(0))).isLessThan(number(outcomes.get(1)));
        assertThat(number(outcomes.get(1))).isLessThan(number(outcomes.get(3)));
        assertThat(inventory.checkConsistency().ok()).isTrue();
    }

    @Test
    void aFailingBatchLeavesNoPartialOrderAndEachOrderThenGetsItsOwnOutcome() {
        String sku = product(location(), 10);
        PlaceOrder good1 = order(sku, 1);
        PlaceOrder bad = withPaymentMethod(order(sku, 1), "x".repeat(40)); // payment_method is VARCHAR(32)
        PlaceOrder good2 = order(sku, 1);
        List<CaptureQueue.Pending> batch = pending(good1, bad, good2);

        queue.commit(batch);

        assertThat(batch).allSatisfy(p -> assertThat(p.outcome().join().alone()).isTrue());
        assertThat(ordersOf(good1) + ordersOf(bad) + ordersOf(good2)).isZero();
        assertThat(inventory.stockOf(sku).reserved()).isZero();
        assertThat(customerCount(good1)).isZero(); // the customers created by the batch rolled back too

        // What each waiting caller then does (through the one-order path): its own outcome.
        assertThat(orders.place(good1).id()).isNotNull();
        assertThatThrownBy(() -> orders.place(bad)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(orders.place(good2).id()).isNotNull();
        assertThat(inventory.stockOf(sku).reserved()).isEqualTo(2);
        assertThat(ordersOf(bad)).isZero();
        assertThat(inventory.checkConsistency().ok()).isTrue();
    }

    @Test
    void repeatedExternalIdsInsideAndAcrossBatches() {
        String sku = product(location(), 10);
        String external = TestData.unique("EXT");
        PlaceOrder first = withExternalId(order(sku, 1), external);
        PlaceOrder again = withExternalId(order(sku, 1), external);
        List<CaptureQueue.Pending> batch = pending(first, again);

        queue.commit(batch);

        Order accepted = batch.get(0).outcome().join().order();
        assertThat(accepted).isNotNull();
        assertThat(batch.get(1).outcome().join().alone()).isTrue(); // decided after this batch commits
        assertThatThrownBy(() -> orders.place(again)).isInstanceOfSatisfying(DuplicateOrder.class,
                e -> assertThat(e.getMessage()).contains(accepted.id().toString()));

        List<CaptureQueue.Pending> later = pending(withExternalId(order(sku, 1), external));
        queue.commit(later);
        assertThat(later.get(0).outcome().join().problem()).isInstanceOf(DuplicateOrder.class);
        assertThat(inventory.stockOf(sku).reserved()).isEqualTo(1);
    }

    @Test
    void theStoredResponseIsCompletedInTheBatchTransactionOnlyForAcceptedOrders() {
        String sku = product(location(), 1);
        List<String> recorded = new ArrayList<>();
        ResponseHook fits = hook(recorded);
        ResponseHook refused = hook(recorded);
        List<CaptureQueue.Pending> batch = List.of(new CaptureQueue.Pending(order(sku, 1), fits),
                new CaptureQueue.Pending(order(sku, 1), refused));

        queue.commit(batch);

        Order accepted = batch.get(0).outcome().join().order();
        assertThat(recorded).containsExactly(accepted.id().toString());
        assertThat(fits.committed()).isTrue();
        assertThat(refused.committed()).isFalse();
    }

    @Test
    void aLostIdempotencyClaimRollsTheBatchBack() {
        String sku = product(location(), 5);
        ResponseHook lost = ResponseHook.open(r -> false);
        ResponseHook.close();
        lost.renderWith(view -> new ResponseHook.Response(201, "application/json", null, "{}"));
        PlaceOrder other = order(sku, 1);
        List<CaptureQueue.Pending> batch = List.of(new CaptureQueue.Pending(order(sku, 1), lost),
                new CaptureQueue.Pending(other, null));

        queue.commit(batch);

        assertThat(batch).allSatisfy(p -> assertThat(p.outcome().join().alone()).isTrue());
        assertThat(ordersOf(other)).isZero();
        assertThat(inventory.stockOf(sku).reserved()).isZero();
    }

    private static long number(CaptureBatch.Outcome outcome) {
        return Long.parseLong(outcome.order().number().replaceAll("\\D", ""));
    }

    private static ResponseHook hook(List<String> recorded) {
        ResponseHook hook = ResponseHook.open(r -> recorded.add(r.body()));
        ResponseHook.close();
        hook.renderWith(view -> new ResponseHook.Response(201, "application/json", null,
                ((OrderView) view).id().toString()));
        return hook;
    }

    private static List<CaptureQueue.Pending> pending(PlaceOrder... cmds) {
        return java.util.Arrays.stream(cmds).map(c -> new CaptureQueue.Pending(c, null)).toList();
    }

    private long ordersOf(PlaceOrder cmd) {
        return jdbc.sql("SELECT COUNT(*) FROM orders WHERE customer_email = :e").param("e", cmd.customer().email())
                .query(Long.class).single();
    }

    private long customerCount(PlaceOrder cmd) {
        return jdbc.sql("SELECT COUNT(*) FROM customers WHERE email = :e").param("e", cmd.customer().email())
                .query(Long.class).single();
    }

    private String location() {
        String code = TestData.unique("GC");
        inventory.createLocation(new CreateLocation(code, "Grouped WH", LocationType.WAREHOUSE,
                new Address("1 Main", null, "Austin", null, "73301", "US"), null, null, 1));
        return code;
    }

    private String product(String location, int onHand) {
        String sku = TestData.unique("GC-SKU");
        catalog.create(new CreateProduct(sku, "Grouped capture product", Money.of(1000, "USD"), null, null, false));
        inventory.setCount(new SetStockCount(sku, location, onHand, null, null, null, "test", "test"));
        return sku;
    }

    private static PlaceOrder order(String sku, int quantity) {
        return new PlaceOrder(Channel.API, null, new PlaceOrder.CustomerData(TestData.unique("gc").toLowerCase()
                + "@example.com", "Grouped Buyer", null), null, null, List.of(new PlaceOrder.Line(sku, quantity, null)),
                null, null, null, null, null, null, null, "test");
    }

    private static PlaceOrder withExternalId(PlaceOrder o, String externalId) {
        return new PlaceOrder(o.channel(), externalId, o.customer(), o.shippingAddress(), o.billingAddress(),
                o.lines(), o.shippingMethod(), o.discount(), o.payment(), o.locationCode(), o.notes(), o.tags(),
                o.placedAt(), o.actor());
    }

    private static PlaceOrder withPaymentMethod(PlaceOrder o, String method) {
        return new PlaceOrder(o.channel(), o.externalId(), o.customer(), o.shippingAddress(), o.billingAddress(),
                o.lines(), o.shippingMethod(), o.discount(), new PlaceOrder.PaymentData(method, null),
                o.locationCode(), o.notes(), o.tags(), o.placedAt(), o.actor());
    }
}
