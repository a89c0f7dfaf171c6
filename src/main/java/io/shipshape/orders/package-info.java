/**
 * Orders: capture from every channel (idempotent, all-or-nothing with stock reservation), pricing and totals,
 * human order numbers, the timeline, and the queries behind the order list and order page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "catalog", "customers", "inventory"})
package io.shipshape.orders;
