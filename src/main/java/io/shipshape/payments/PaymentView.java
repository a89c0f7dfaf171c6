package io.shipshape.payments;

import java.util.List;

import io.shipshape.orders.OrderId;
import io.shipshape.orders.PaymentStatus;
import io.shipshape.shared.Money;

/**
 * The payments of one order: the derived status, the totals, what may still be captured and refunded, and the
 * ledger (oldest first). {@code gateway} is null when the order has no payment method.
 */
public record PaymentView(OrderId orderId, PaymentStatus status, String gateway, Money orderTotal, Money authorized,
                          Money captured, Money refunded, Money released, Money capturable, Money refundable,
                          List<PaymentTransaction> transactions) {
}
