package io.shipshape.integration;

import java.util.List;

import io.shipshape.returns.ReturnEvents;
import io.shipshape.returns.ReturnEvents.ReturnReceived;
import io.shipshape.returns.ReturnEvents.ReturnRequested;
import org.springframework.stereotype.Component;

/**
 * return.* payloads (version 1), about an order (subject and Kafka key: the order id). {@code return.requested}
 * carries the order number from its event; {@code return.received} reads the order's number and external id with
 * one primary-key query of the order.
 */
@Component
class ReturnEventMappers implements EventMapper.Catalogue {

    private final OrderFacts facts;

    ReturnEventMappers(OrderFacts facts) {
        this.facts = facts;
    }

    record Requested(String returnId, String number, String orderId, String orderNumber, String resolution,
                     List<ReturnEvents.Line> lines, boolean byCustomer) {
    }

    record Received(String returnId, String number, String orderId, String orderNumber, String externalId,
                    String location, List<ReturnEvents.Line> restocked,
                    List<ReturnEvents.Line> writtenOff, boolean complete) {
    }

    @Override
    public List<EventMapper<?>> mappers() {
        return List.of(
                EventMapper.of(ReturnRequested.class, e -> PaymentEventMappers.order("return.requested", e.orderId(),
                        new Requested(e.returnId().value().toString(), e.number(), e.orderId().toString(),
                                e.orderNumber(), e.resolution() == null ? null : e.resolution().name(), e.lines(),
                                e.byCustomer()))),
                EventMapper.of(ReturnReceived.class, e -> {
                    OrderFacts.Summary o = facts.summary(e.orderId(), null);
                    return PaymentEventMappers.order("return.received", e.orderId(),
                            new Received(e.returnId().value().toString(), e.number(), e.orderId().toString(),
                                    o.number(), o.externalId(), e.location(), e.restocked(), e.writtenOff(),
                                    e.complete()));
                }));
    }
}
