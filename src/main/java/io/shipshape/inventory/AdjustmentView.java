package io.shipshape.inventory;

import java.time.Instant;
import java.util.UUID;

/** A recorded adjustment ({@code id} is its ledger row) and the resulting balances at the location. */
public record AdjustmentView(UUID id, String sku, String location, int delta, String reason, int onHand,
                             int reserved, int available, Instant createdAt) {
}
