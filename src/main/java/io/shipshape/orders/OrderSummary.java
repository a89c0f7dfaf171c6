package io.shipshape.orders;

import java.time.Instant;

import io.shipshape.shared.Money;

/** One row of the order list: enough to recognise and open an order, read in one query. */
public record OrderSummary(OrderId id, String number, OrderStatus status, PaymentStatus paymentStatus,
                           FulfillmentStatus fulfillmentStatus, Channel channel, String externalId,
                           String customerId, String customerEmail, String customerName, Money total,
                           int lineCount, Instant createdAt) {
}
