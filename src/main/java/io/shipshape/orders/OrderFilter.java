package io.shipshape.orders;

import java.time.Instant;
import java.util.UUID;

/**
 * The filters of the order list; every field optional. {@code q} matches the number, the external id, the customer
 * email (exactly, ignoring case), a line's SKU (exactly) or the customer name (contains, ignoring case).
 * {@code createdTo} is exclusive.
 */
public record OrderFilter(OrderStatus status, Channel channel, UUID customerId, String sku, String q,
                          Instant createdFrom, Instant createdTo) {

    public static OrderFilter none() {
        return new OrderFilter(null, null, null, null, null, null, null);
    }
}
