package io.shipshape.payments;

import java.util.List;

import io.shipshape.shared.Money;

/**
 * Command: pay back {@code amount} of captured money, with a reason and optionally the order lines it is for
 * (recorded on the refund). {@code requestKey} makes a retry safe (null: every call is a new refund).
 */
public record RefundPayment(Money amount, String reason, List<Line> lines, String requestKey, String actor) {

    public record Line(String sku, int quantity) {
    }
}
