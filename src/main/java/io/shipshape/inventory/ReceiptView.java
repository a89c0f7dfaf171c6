package io.shipshape.inventory;

import java.time.Instant;
import java.util.List;

/** A recorded receipt: per SKU the quantity received and the resulting on-hand at the location. */
public record ReceiptView(String location, String reference, List<Line> lines, Instant receivedAt) {

    public record Line(String sku, int quantity, int onHand) {
    }
}
