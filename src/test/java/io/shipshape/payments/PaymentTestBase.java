package io.shipshape.payments;

import java.time.Duration;
import java.util.List;

import io.shipshape.ShipshapeTest;
import io.shipshape.TestData;
import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.CreateProduct;
import io.shipshape.inventory.Address;
import io.shipshape.inventory.CreateLocation;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.LocationType;
import io.shipshape.inventory.SetStockCount;
import io.shipshape.orders.Channel;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderPayments;
import io.shipshape.orders.PlaceOrder;
import io.shipshape.orders.PostalAddress;
import io.shipshape.orders.TimelineEntry;
import io.shipshape.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.awaitility.Awaitility.await;

/**
 * Base of the payments tests: the whole application (H2, or PostgreSQL when the test datasource says so), orders
 * placed through the orders module with a payment method and token, and the payments module driven through its
 * API and the {@link OrderPayments} port, as order processing will drive it.
 */
@ShipshapeTest
abstract class PaymentTestBase {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderManagement orders;
    @Autowired
    OrderPayments port;
    @Autowired
    PaymentManagement payments;
    @Autowired
    CatalogManagement catalog;
    @Autowired
    InventoryManagement inventory;
    @Autowired
    CountingGateway counting;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    private String location;

    /**
     * An order of {@code units} x 10.00 USD paid with {@code method}/{@code token} (method null: no payment). It has
     * no shipping address, so order processing holds it at verification, before its payment step: these tests call
     * the payment port themselves, deterministically. {@link #processedOrder} is one that processing authorises.
     */
    OrderId order(int units, String method, String token) {
        return place(units, method, token, null);
    }

    /** Like {@link #order}, with a complete address: order processing takes it through its payment step. */
    OrderId processedOrder(int units, String method, String token) {
        return place(units, method, token,
                new PostalAddress("Pat Payer", "1 Main St", null, "Springfield", null, "12345", "US", null));
    }

    private OrderId place(int units, String method, String token, PostalAddress shipTo) {
        if (location == null) {
            location = TestData.unique("WH");
            inventory.createLocation(new CreateLocation(location, "Payments " + location, LocationType.WAREHOUSE,
                    new Address("1 Dock Road", null, "Harbour", null, "12345", "US"), null, null, 10));
        }
        String sku = TestData.unique("PAY");
        catalog.create(new CreateProduct(sku, "Item " + sku, Money.of(1000, "USD"), null, null, false));
        inventory.setCount(new SetStockCount(sku, location, 1000, null, null, null, "test", "test"));
        String email = TestData.unique("payer").toLowerCase() + "@example.com";
        return orders.place(new PlaceOrder(Channel.WEB, null, new PlaceOrder.CustomerData(email, "Pat Payer", null),
                shipTo, null, List.of(new PlaceOrder.Line(sku, units, null)), null, null,
                method == null ? null : new PlaceOrder.PaymentData(method, token), null, null, null, null, "test"))
                .id();
    }

    OrderId card(int units, String token) {
        return order(units, "test_card", token);
    }

    /** An order of {@code units} x 10.00 USD authorised and fully captured with {@code tok_ok}. */
    OrderId captured(int units) {
        OrderId id = card(units, "tok_ok");
        port.authorize(id);
        payments.capture(id, null, "test");
        return id;
    }

    static Money usd(long minor) {
        return Money.of(minor, "USD");
    }

    PaymentView view(OrderId id) {
        return payments.payments(id);
    }

    List<PaymentTransaction> rows(OrderId id, TransactionKind kind) {
        return view(id).transactions().stream().filter(t -> t.kind() == kind).toList();
    }

    List<String> timelineTypes(OrderId id) {
        return orders.timeline(id).stream().map(TimelineEntry::type).toList();
    }

    /** Publishes an event inside a committed transaction, as its owning module would. */
    void publishCommitted(Object event) {
        transactions.executeWithoutResult(s -> publisher.publishEvent(event));
    }

    static void eventually(Runnable assertion) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(assertion::run);
    }
}
