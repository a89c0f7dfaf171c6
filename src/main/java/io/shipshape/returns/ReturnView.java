package io.shipshape.returns;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.shipshape.orders.OrderId;
import io.shipshape.shared.Money;

/**
 * A return as the API and the back office show it. {@code unitValue} is what one unit is refunded at (its share
 * of what was paid for goods); {@code missing} per line is approved but not (yet) received.
 */
public record ReturnView(ReturnId id, String number, OrderId orderId, String orderNumber, ReturnStatus status,
                         ReturnResolution resolution, String requestedBy, boolean byCustomer, String decidedBy,
                         String rejectionReason, List<Line> lines, List<Receipt> receipts, Refund refund,
                         OrderId exchangeOrderId, Instant createdAt, Instant updatedAt) {

    public record Line(int lineNo, String sku, String name, int quantity, String reason, Money unitValue,
                       int receivedResellable, int receivedDamaged) {

        public int received() {
            return receivedResellable + receivedDamaged;
        }

        public int missing() {
            return quantity - received();
        }
    }

    /** Units of one SKU received at a location in one condition, by whom. */
    public record Receipt(UUID id, String location, String sku, int quantity, ItemCondition condition, String actor,
                          Instant at) {
    }

    /** The money returned: {@code amount} in total, of which {@code shipping}; {@code note} says why (early). */
    public record Refund(Money amount, Money shipping, String by, String note, Instant at) {
    }

    public int missingUnits() {
        return status == ReturnStatus.REQUESTED || status == ReturnStatus.REJECTED ? 0
                : lines.stream().mapToInt(Line::missing).sum();
    }

    public boolean fullyReceived() {
        return lines.stream().allMatch(l -> l.missing() == 0);
    }
}
