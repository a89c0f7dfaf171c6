package io.shipshape.inventory;

import java.time.Instant;
import java.util.UUID;

/**
 * A location as other modules and the API see it. {@code priority}: lower numbers are preferred when
 * sourcing chooses where to reserve (1 before 100).
 */
public record LocationView(UUID id, String code, String name, LocationType type, Address address, Double latitude,
                           Double longitude, int priority, boolean active, Instant createdAt) {
}
