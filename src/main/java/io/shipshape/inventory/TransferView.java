package io.shipshape.inventory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A transfer between two locations, as the API and the back office show it. */
public record TransferView(UUID id, String from, String to, TransferStatus status, List<StockLine> lines,
                           String createdBy, Instant createdAt, Instant receivedAt) {
}
