package io.shipshape.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.customers.CustomerId;
import io.shipshape.fulfillment.FulfillmentCreated;
import io.shipshape.fulfillment.FulfillmentDelivered;
import io.shipshape.fulfillment.FulfillmentId;
import io.shipshape.fulfillment.FulfillmentKind;
import io.shipshape.fulfillment.FulfillmentShipped;
import io.shipshape.inventory.StockEvents;
import io.shipshape.orders.Channel;
import io.shipshape.orders.OrderEvents.OrderCancelled;
import io.shipshape.orders.OrderEvents.OrderPlaced;
import io.shipshape.orders.OrderEvents.OrderStatusChanged;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderStatus;
import io.shipshape.orders.OrderSummary;
import io.shipshape.orders.FulfillmentStatus;
import io.shipshape.orders.PaymentStatus;
import io.shipshape.orders.OrderView;
import io.shipshape.payments.PaymentEvents;
import io.shipshape.payments.TransactionKind;
import io.shipshape.returns.ReturnEvents;
import io.shipshape.returns.ReturnId;
import io.shipshape.returns.ReturnResolution;
import io.shipshape.shared.Money;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Each domain event maps to its outgoing type, subject and payload (no Spring, no database: the hot path's shape). */
class EventMappersTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    final Map<Class<?>, EventMapper<?>> mappers = new HashMap<>();

    final OrderId order = new OrderId(UUID.randomUUID());
    final Money usd = Money.of(2599, "USD");
    final UUID customerId = UUID.randomUUID();
    final List<OrderId> reads = new ArrayList<>();

    EventMappersTest() {
        OrderFacts facts = new OrderFacts(id -> {
            reads.add(id);
            return java.util.Optional.of(new OrderSummary(id, "SO-1", OrderStatus.CONFIRMED,
                    PaymentStatus.AUTHORIZED, FulfillmentStatus.values()[0], Channel.MARKETPLACE, "EXT-1",
                    customerId.toString(), "a@example.com", "Ada", usd, 1, Instant.parse("2026-11-26T10:00:00Z")));
        });
        List<EventMapper.Catalogue> all = List.of(new OrderEventMappers(facts), new InventoryEventMappers(),
                new PaymentEventMappers(facts), new FulfillmentEventMappers(), new ReturnEventMappers(facts));
        all.forEach(c -> c.mappers().forEach(m -> mappers.put(m.source(), m)));
    }

    EventMapper.Outgoing map(Object event) {
        return mappers.get(event.getClass()).map(event);
    }

    String data(Object event) {
        return JSON.writeValueAsString(map(event).data());
    }

    @Test
    void everyListedTypeHasAMapper() {
        List<String> types = new ArrayList<>();
        Object[] samples = {
                new OrderPlaced(order, "SO-1", Channel.WEB, new CustomerId(UUID.randomUUID()), usd, List.of(
                        new OrderPlaced.Line("SKU-1", 2, 0, "Tent", Money.of(1000, "USD"))), "EXT-1", "a@example.com",
                        new OrderView.Totals(usd, Money.of(0, "USD"), Money.of(599, "USD"), Money.of(0, "USD"), usd),
                        Instant.parse("2026-11-26T10:00:00Z")),
                status(OrderStatus.CONFIRMED), status(OrderStatus.ON_HOLD), status(OrderStatus.SHIPPED),
                status(OrderStatus.DELIVERED),
                new OrderCancelled(order, "SO-1", true, usd, List.of(new OrderCancelled.CancelledLine("SKU-1", 2)),
                        "customer asked", "staff"),
                new PaymentEvents.PaymentAuthorized(UUID.randomUUID(), order, usd, "test_card", false),
                new PaymentEvents.PaymentCaptured(UUID.randomUUID(), order, usd, "test_card"),
                new PaymentEvents.PaymentFailed(UUID.randomUUID(), order, usd, TransactionKind.values()[0], "declined"),
                new PaymentEvents.RefundCreated(UUID.randomUUID(), order, usd, "damaged"),
                new FulfillmentCreated(new FulfillmentId(UUID.randomUUID()), order, "SO-1", "WH1",
                        FulfillmentKind.values()[0]),
                new FulfillmentShipped(new FulfillmentId(UUID.randomUUID()), order, "SO-1", "WH1", "UPS", "1Z9",
                        "https://ups.example/1Z9", List.of(new FulfillmentShipped.Line("SKU-1", 2))),
                new FulfillmentDelivered(new FulfillmentId(UUID.randomUUID()), order, "SO-1", "WH1", "UPS", "1Z9"),
                new StockEvents.LowStock("SKU-1", "WH1", 2, 5), new StockEvents.OutOfStock("SKU-1", "WH1"),
                new ReturnEvents.ReturnRequested(new ReturnId(UUID.randomUUID()), "RMA-1", order, "SO-1",
                        ReturnResolution.values()[0], List.of(new ReturnEvents.Line("SKU-1", 1)), true),
                new ReturnEvents.ReturnReceived(new ReturnId(UUID.randomUUID()), "RMA-1", order, "WH1",
                        List.of(new ReturnEvents.Line("SKU-1", 1)), List.of(), true)};
        for (Object sample : samples) {
            EventMapper.Outgoing out = map(sample);
            types.add(out.type());
            assertThat(EventTypes.known(out.type())).as(out.type()).isTrue();
            if (out.type().startsWith("inventory.")) {
                assertThat(out.subject()).isEqualTo("SKU-1");
                assertThat(out.orderId()).isNull();
            } else {
                assertThat(out.orderId()).isEqualTo(order.value());
                assertThat(out.subject()).isEqualTo(order.toString());
                assertThat((String) JsonPath.read(data(sample), "$.orderId")).isEqualTo(order.toString());
            }
        }
        List<String> expected = new ArrayList<>(EventTypes.ALL);
        expected.remove("webhook.disabled"); // published by the webhook dispatcher itself
        assertThat(types).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void statusChangesWithoutAnOutgoingTypeAreNotPublished() {
        assertThat(map(status(OrderStatus.IN_FULFILLMENT))).isNull();
        assertThat(map(status(OrderStatus.CANCELLED))).isNull(); // order.cancelled comes from OrderCancelled
        assertThat((String) JsonPath.read(data(status(OrderStatus.ON_HOLD)), "$.previousStatus")).isEqualTo("PENDING");
    }

    @Test
    void shipmentCarriesTrackingAndMoneyIsInMinorUnits() {
        String shipped = data(new FulfillmentShipped(new FulfillmentId(UUID.randomUUID()), order, "SO-1", "WH1", "UPS",
                "1Z9", "https://ups.example/1Z9", List.of(new FulfillmentShipped.Line("SKU-1", 2))));
        assertThat((String) JsonPath.read(shipped, "$.trackingUrl")).isEqualTo("https://ups.example/1Z9");
        assertThat((Integer) JsonPath.read(shipped, "$.lines[0].quantity")).isEqualTo(2);
        String captured = data(new PaymentEvents.PaymentCaptured(UUID.randomUUID(), order, usd, "test_card"));
        assertThat((Integer) JsonPath.read(captured, "$.amount.amount")).isEqualTo(2599);
        assertThat((String) JsonPath.read(captured, "$.amount.currency")).isEqualTo("USD");
    }

    @Test
    void orderPayloadsCarryTheOrderSummaryWithOneReadEach() {
        for (Object e : new Object[]{status(OrderStatus.CONFIRMED), status(OrderStatus.ON_HOLD),
                status(OrderStatus.SHIPPED), status(OrderStatus.DELIVERED),
                new OrderCancelled(order, "SO-1", true, usd, List.of(), "customer asked", "staff")}) {
            reads.clear();
            String data = data(e);
            assertThat(reads).as("one primary-key read per event").hasSize(1);
            assertThat((String) JsonPath.read(data, "$.number")).isEqualTo("SO-1");
            assertThat((String) JsonPath.read(data, "$.externalId")).isEqualTo("EXT-1");
            assertThat((String) JsonPath.read(data, "$.channel")).isEqualTo("MARKETPLACE");
            assertThat((String) JsonPath.read(data, "$.customer.email")).isEqualTo("a@example.com");
            assertThat((String) JsonPath.read(data, "$.customer.id")).isEqualTo(customerId.toString());
            assertThat((Integer) JsonPath.read(data, "$.total.amount")).isEqualTo(2599);
        }
        // order.created: the same flat summary, from its event alone (no read on the capture hot path)
        reads.clear();
        String created = data(new OrderPlaced(order, "SO-1", Channel.WEB, new CustomerId(customerId), usd, List.of(),
                "EXT-1", "a@example.com", null, Instant.parse("2026-11-26T10:00:00Z")));
        assertThat(reads).isEmpty();
        assertThat((String) JsonPath.read(created, "$.number")).isEqualTo("SO-1");
        assertThat((String) JsonPath.read(created, "$.customer.email")).isEqualTo("a@example.com");
        assertThat((Integer) JsonPath.read(created, "$.total.amount")).isEqualTo(2599);
    }

    @Test
    void paymentRefundAndReturnPayloadsCarryTheOrderNumberAndExternalId() {
        for (Object e : new Object[]{
                new PaymentEvents.PaymentAuthorized(UUID.randomUUID(), order, usd, "test_card", false),
                new PaymentEvents.PaymentCaptured(UUID.randomUUID(), order, usd, "test_card"),
                new PaymentEvents.PaymentFailed(UUID.randomUUID(), order, usd, TransactionKind.AUTHORIZATION,
                        "declined", "test_card"),
                new PaymentEvents.RefundCreated(UUID.randomUUID(), order, usd, "damaged"),
                new ReturnEvents.ReturnReceived(new ReturnId(UUID.randomUUID()), "RMA-1", order, "WH1",
                        List.of(new ReturnEvents.Line("SKU-1", 1)), List.of(), true)}) {
            reads.clear();
            String data = data(e);
            assertThat(reads).hasSize(1);
            assertThat((String) JsonPath.read(data, "$.orderNumber")).isEqualTo("SO-1");
            assertThat((String) JsonPath.read(data, "$.externalId")).isEqualTo("EXT-1");
        }
        String failed = data(new PaymentEvents.PaymentFailed(UUID.randomUUID(), order, usd,
                TransactionKind.AUTHORIZATION, "declined", "test_card"));
        assertThat((String) JsonPath.read(failed, "$.gateway")).isEqualTo("test_card");
    }

    OrderStatusChanged status(OrderStatus to) {
        return new OrderStatusChanged(order, "SO-1", OrderStatus.PENDING, to, "staff", "because");
    }
}
