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

/** payment.* and refund.created payloads (version 1), about an order (subject and Kafka key: the order id). */
@Component
class PaymentEventMappers implements EventMapper.Catalogue {

    record Payment(String orderId, String transactionId, Money amount, String gateway, Boolean review, String kind,
                   String message) {
    }

    record Refund(String orderId, String refundId, Money amount, String reason) {
    }

    @Override
    public List<EventMapper<?>> mappers() {
        return List.of(
                EventMapper.of(PaymentAuthorized.class, e -> order("payment.authorized", e.orderId(),
                        new Payment(e.orderId().toString(), e.transactionId().toString(), e.amount(), e.gateway(),
                                e.review(), "AUTHORIZATION", null))),
                EventMapper.of(PaymentCaptured.class, e -> order("payment.captured", e.orderId(),
                        new Payment(e.orderId().toString(), e.transactionId().toString(), e.amount(), e.gateway(),
                                null, "CAPTURE", null))),
                EventMapper.of(PaymentFailed.class, e -> order("payment.failed", e.orderId(),
                        new Payment(e.orderId().toString(), e.transactionId().toString(), e.amount(), null, null,
                                e.kind() == null ? null : e.kind().name(), e.message()))),
                EventMapper.of(RefundCreated.class, e -> order("refund.created", e.orderId(),
                        new Refund(e.orderId().toString(), e.refundId().toString(), e.amount(), e.reason()))));
    }

    static Outgoing order(String type, OrderId orderId, Object data) {
        return new Outgoing(type, orderId.toString(), orderId.value(), data);
    }
}
