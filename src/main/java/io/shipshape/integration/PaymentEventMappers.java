package io.shipshape.integration;

import java.util.List;

import io.shipshape.integration.EventMapper.Outgoing;
import io.shipshape.orders.OrderId;
import io.shipshape.payments.PaymentEvents.PaymentAuthorized;
import io.shipshape.payments.PaymentEvents.PaymentCaptured;
import io.shipshape.payments.PaymentEvents.PaymentFailed;
import io.shipshape.payments.PaymentEvents.RefundCreated;
import io.shipshape.shared.Money;
import org.springframework.stereotype.Component;

/**
 * payment.* and refund.created payloads (version 1), about an order (subject and Kafka key: the order id). Each
 * carries the order's number and external id, read with one primary-key query of the order per event.
 */
@Component
class PaymentEventMappers implements EventMapper.Catalogue {

    record Payment(String orderId, String orderNumber, String externalId, String transactionId, Money amount,
                   String gateway, Boolean review, String kind, String message) {
    }

    record Refund(String orderId, String orderNumber, String externalId, String refundId, Money amount,
                  String reason) {
    }

    private final OrderFacts facts;

    PaymentEventMappers(OrderFacts facts) {
        this.facts = facts;
    }

    @Override
    public List<EventMapper<?>> mappers() {
        return List.of(
                EventMapper.of(PaymentAuthorized.class, e -> {
                    OrderFacts.Summary o = facts.summary(e.orderId(), null);
                    return order("payment.authorized", e.orderId(), new Payment(e.orderId().toString(), o.number(),
                            o.externalId(), e.transactionId().toString(), e.amount(), e.gateway(), e.review(),
                            "AUTHORIZATION", null));
                }),
                EventMapper.of(PaymentCaptured.class, e -> {
                    OrderFacts.Summary o = facts.summary(e.orderId(), null);
                    return order("payment.captured", e.orderId(), new Payment(e.orderId().toString(), o.number(),
                            o.externalId(), e.transactionId().toString(), e.amount(), e.gateway(), null, "CAPTURE",
                            null));
                }),
                EventMapper.of(PaymentFailed.class, e -> {
                    OrderFacts.Summary o = facts.summary(e.orderId(), null);
                    return order("payment.failed", e.orderId(), new Payment(e.orderId().toString(), o.number(),
                            o.externalId(), e.transactionId().toString(), e.amount(), e.gateway(), null,
                            e.kind() == null ? null : e.kind().name(), e.message()));
                }),
                EventMapper.of(RefundCreated.class, e -> {
                    OrderFacts.Summary o = facts.summary(e.orderId(), null);
                    return order("refund.created", e.orderId(), new Refund(e.orderId().toString(), o.number(),
                            o.externalId(), e.refundId().toString(), e.amount(), e.reason()));
                }));
    }

    static Outgoing order(String type, OrderId orderId, Object data) {
        return new Outgoing(type, orderId.toString(), orderId.value(), data);
    }
}
