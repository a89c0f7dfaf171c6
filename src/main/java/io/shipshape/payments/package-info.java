/**
 * Payments: the gateway SPI and its built-in gateways ({@code test_card}, {@code manual}), the transaction ledger
 * per order, authorisation for order processing (the {@code orders.OrderPayments} port), captures for shipments,
 * refunds, manual payments, cancellation handling and reconciliation of undecided gateway answers.
 * Downstream of orders: it reads orders through {@code OrderManagement} and reports back through
 * {@code OrderLifecycle}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "orders"})
package io.shipshape.payments;
