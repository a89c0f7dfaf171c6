package io.shipshape.notifications;

import java.time.Instant;
import java.util.List;

/**
 * A parcel as the tracking page shows it. {@code carrier}, {@code trackingNumber} and {@code trackingUrl} may be
 * null (a hand-over without a carrier); {@code deliveredAt} is null until delivered.
 */
public record TrackedShipment(String carrier, String trackingNumber, String trackingUrl, Instant shippedAt,
                              Instant deliveredAt, List<Line> lines) {

    public record Line(String sku, int quantity) {
    }
}
