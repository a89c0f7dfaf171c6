package io.shipshape.integration;

import java.util.Optional;

import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderSummary;
import io.shipshape.shared.Money;
import org.springframework.stereotype.Component;

/**
 * The few facts of an order that payloads about it carry beside the event's own (number, external id, channel,
 * customer, total), so a consumer need not call back for the common cases. Read with one primary-key query of the
 * order per event ({@link OrderManagement#summary}), inside the transaction that publishes the event, so it sees the
 * change being made; {@code order.created} needs no read (its event carries everything).
 */
@Component
class OrderFacts {

    /** The shared "order summary" part of order payloads, written flat into them ({@code @JsonUnwrapped}). */
    record Summary(String number, String channel, String externalId, Customer customer, Money total) {
    }

    record Customer(String id, String email) {
    }

    /** Reads one order's summary; a separate interface so mapper tests run without a database. */
    interface Lookup {
        Optional<OrderSummary> find(OrderId id);
    }

    private final Lookup lookup;

    @org.springframework.beans.factory.annotation.Autowired
    OrderFacts(OrderManagement orders) {
        this.lookup = orders::summary;
    }

    OrderFacts(Lookup lookup) {
        this.lookup = lookup;
    }

    /** The order's summary; the number from the event wins (it never changes), the rest null if not found. */
    Summary summary(OrderId id, String number) {
        OrderSummary s = lookup.find(id).orElse(null);
        if (s == null) {
            return new Summary(number, null, null, null, null);
        }
        return new Summary(number == null ? s.number() : number, s.channel().name(), s.externalId(),
                new Customer(s.customerId(), s.customerEmail()), s.total());
    }
}
