package io.shipshape.returns;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.shipshape.fulfillment.FulfillmentManagement;
import io.shipshape.fulfillment.FulfillmentOrderStatus;
import io.shipshape.fulfillment.FulfillmentView;
import io.shipshape.orders.OrderId;
import org.springframework.stereotype.Component;

/**
 * What of an order left the building, from the fulfillment module's public API: units per SKU of its shipped
 * and delivered fulfillment orders, and since when the return window runs (the last delivery, or the last
 * shipment while no delivery is known).
 */
@Component
class ShippedGoods {

    record Shipped(Map<String, Integer> bySku, Instant windowStart) {

        int of(String sku) {
            return bySku.getOrDefault(sku, 0);
        }

        int units() {
            return bySku.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final FulfillmentManagement fulfillment;

    ShippedGoods(FulfillmentManagement fulfillment) {
        this.fulfillment = fulfillment;
    }

    Shipped of(OrderId orderId) {
        List<FulfillmentView> gone = fulfillment.ofOrder(orderId).stream()
                .filter(f -> f.status() == FulfillmentOrderStatus.SHIPPED
                        || f.status() == FulfillmentOrderStatus.DELIVERED)
                .toList();
        Map<String, Integer> bySku = new HashMap<>();
        gone.forEach(f -> f.lines().forEach(l -> bySku.merge(l.sku(), l.quantity(), Integer::sum)));
        Instant delivered = gone.stream().map(FulfillmentView::deliveredAt).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        Instant shipped = gone.stream().map(f -> f.shippedAt() != null ? f.shippedAt() : f.updatedAt())
                .filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
        return new Shipped(Map.copyOf(bySku), delivered != null ? delivered : shipped);
    }
}
