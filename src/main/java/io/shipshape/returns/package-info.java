/**
 * Post-sale: returns (RMA) with receiving, disposition, refunds and exchanges, and customer inquiries (cases).
 * Two entry points share the module because both are the after-sale conversation with a customer about an
 * order: {@link io.shipshape.returns.ReturnManagement} and {@link io.shipshape.returns.CaseManagement}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "catalog", "customers", "inventory",
        "orders", "payments", "fulfillment"})
package io.shipshape.returns;
