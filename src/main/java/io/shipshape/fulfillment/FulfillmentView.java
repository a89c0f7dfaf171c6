package io.shipshape.fulfillment;

import java.time.Instant;
import java.util.List;

import io.shipshape.orders.OrderId;
import io.shipshape.shared.Money;

/**
 * A fulfillment order as the API and the back office show it. {@code lines[].packed}: units confirmed at the
 * pack bench; {@code mismatches}: packing mismatches recorded (wrong item, short pick).
 */
public record FulfillmentView(FulfillmentId id, OrderId orderId, String orderNumber, String location,
                              FulfillmentKind kind, FulfillmentOrderStatus status, List<Line> lines, String carrier,
                              String service, String trackingNumber, String trackingUrl, Integer weightGrams,
                              Money cost, FulfillmentId parentId, int priority, int mismatches, Instant createdAt,
                              Instant updatedAt, Instant shippedAt, Instant deliveredAt) {

    public record Line(int lineNo, String sku, int quantity, int packed) {
    }

    public int units() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }

    public int packedUnits() {
        return lines.stream().mapToInt(Line::packed).sum();
    }
}
