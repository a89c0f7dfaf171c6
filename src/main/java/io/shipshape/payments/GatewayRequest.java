package io.shipshape.payments;

import io.shipshape.orders.OrderId;
import io.shipshape.shared.Money;

/**
 * One request to a gateway. {@code idempotencyKey} is our transaction id (the same on a retry or a status query);
 * {@code token} is the order's payment token; {@code parentReference} the gateway reference of the authorisation
 * (captures, voids) or of the capture (refunds), null for an authorisation.
 */
public record GatewayRequest(String idempotencyKey, OrderId orderId, Money amount, String token,
                             String parentReference) {
}
