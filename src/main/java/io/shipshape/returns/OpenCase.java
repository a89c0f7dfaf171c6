package io.shipshape.returns;

import io.shipshape.orders.OrderId;

/**
 * Command: open a case. {@code orderId} is optional; without {@code customerEmail} the order's customer is taken.
 * {@code fromCustomer}: the customer wrote the first message (tracking page, or an integration relaying an email);
 * otherwise staff opened it and {@code actor} wrote it.
 */
public record OpenCase(OrderId orderId, String customerEmail, String subject, String message, boolean fromCustomer,
                       String actor) {
}
