package io.shipshape.inventory;

/**
 * Internal event (package-private, handled synchronously in the capture transaction): a reservation was made
 * for {@code cmd}. {@link Backorders} queues its backordered quantities and {@link StockAlerts} checks the
 * stock rows it changed.
 */
record ReservationMade(ReserveStock cmd, Reservation reservation) {
}
