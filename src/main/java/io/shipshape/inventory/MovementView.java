package io.shipshape.inventory;

import java.time.Instant;
import java.util.UUID;

/** One row of the stock ledger: a signed change of on-hand or reserved, why, for what, by whom. */
public record MovementView(UUID id, String sku, String location, MovementType type, int quantity, String reason,
                           String reference, String actor, Instant createdAt) {
}
