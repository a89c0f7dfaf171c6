package io.shipshape.returns;

/** The condition of a received unit: RESELLABLE goes back to stock, DAMAGED is written off. */
public enum ItemCondition {
    RESELLABLE, DAMAGED
}
