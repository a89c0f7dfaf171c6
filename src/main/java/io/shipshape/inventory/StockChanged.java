package io.shipshape.inventory;

import java.util.UUID;

/**
 * Internal event (package-private, handled synchronously in the same transaction): the balances of a SKU at a
 * location changed. {@code arrived}: on-hand went up (receipt, transfer in, a count or adjustment upwards,
 * return restock), so {@link Backorders} fills the queue first; then {@link StockAlerts} compares the alert state.
 */
record StockChanged(String sku, UUID locationId, String location, boolean arrived) {
}
