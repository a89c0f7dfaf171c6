package io.shipshape.integration;

import java.util.List;

import io.shipshape.fulfillment.FulfillmentCreated;
import io.shipshape.fulfillment.FulfillmentDelivered;
import io.shipshape.fulfillment.FulfillmentShipped;
import org.springframework.stereotype.Component;

/**
 * fulfillment.* payloads (version 1): one fulfillment order (a location's part of an order), with the order's id and
 * number, the location, and for shipments the carrier, tracking number and link and the lines shipped.
 */
@Component
class FulfillmentEventMappers implements EventMapper.Catalogue {

    record Created(String fulfillmentId, String orderId, String orderNumber, String location, String kind) {
    }

    record Shipped(String fulfillmentId, String orderId, String orderNumber, String location, String carrier,
                   String trackingNumber, String trackingUrl, List<FulfillmentShipped.Line> lines) {
    }

    record Delivered(String fulfillmentId, String orderId, String orderNumber, String location, String carrier,
                     String trackingNumber) {
    }

    @Override
    public List<EventMapper<?>> mappers() {
        return List.of(
                EventMapper.of(FulfillmentCreated.class, e -> PaymentEventMappers.order("fulfillment.created",
                        e.orderId(), new Created(e.fulfillmentId().value().toString(), e.orderId().toString(),
                                e.orderNumber(), e.location(), e.kind() == null ? null : e.kind().name()))),
                EventMapper.of(FulfillmentShipped.class, e -> PaymentEventMappers.order("fulfillment.shipped",
                        e.orderId(), new Shipped(e.fulfillmentId().value().toString(), e.orderId().toString(),
                                e.orderNumber(), e.location(), e.carrier(), e.trackingNumber(), e.trackingUrl(),
                                e.lines()))),
                EventMapper.of(FulfillmentDelivered.class, e -> PaymentEventMappers.order("fulfillment.delivered",
                        e.orderId(), new Delivered(e.fulfillmentId().value().toString(), e.orderId().toString(),
                                e.orderNumber(), e.location(), e.carrier(), e.trackingNumber()))));
    }
}
