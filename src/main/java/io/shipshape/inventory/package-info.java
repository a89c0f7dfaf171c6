/**
 * Inventory: locations (warehouses and stores), stock per SKU x location (on hand, reserved, safety stock),
 * the movement ledger, and reservations that never take a unit that is not available.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "catalog"})
package io.shipshape.inventory;
