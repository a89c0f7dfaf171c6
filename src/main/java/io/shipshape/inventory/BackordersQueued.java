package io.shipshape.inventory;

import java.util.List;

/**
 * Internal event: a capture queued backorders of these SKUs. Handled after commit, durably (event publication
 * registry), to close the gap where stock arrived while the capture was deciding to backorder.
 */
record BackordersQueued(List<String> skus) {
}
