package io.shipshape.customers;

import java.time.Instant;

/**
 * A customer as other modules and the API see it: {@code email} is trimmed and lower-cased, {@code phone}
 * may be null. A blocked customer is still returned; the caller decides what it may do.
 */
public record CustomerView(CustomerId id, String email, String name, String phone, boolean blocked,
                           Instant createdAt) {
}
