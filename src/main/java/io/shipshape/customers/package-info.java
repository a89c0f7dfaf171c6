/**
 * Customers: who orders, found by email (stored trimmed and lower-cased, unique). Order capture finds or
 * creates the customer inside its own transaction ({@code findOrCreate}); order statistics come from the
 * orders module through the {@link io.shipshape.customers.CustomerOrderStats} SPI, so this module depends on
 * nothing but the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers", allowedDependencies = "shared")
package io.shipshape.customers;
