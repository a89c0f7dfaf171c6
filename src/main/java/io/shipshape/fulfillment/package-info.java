/**
 * Fulfillment: fulfillment orders per location (created when an order is released), pick lists with bins,
 * packing (typed or scanned, mismatches recorded), shipping with carriers, labels and tracking (stock consumed and
 * payment captured in the same transaction), delivery, short picks re-sourced, store pickup and POS hand-over.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "catalog", "customers", "inventory",
        "orders", "payments"})
package io.shipshape.fulfillment;
