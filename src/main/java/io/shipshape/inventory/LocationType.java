package io.shipshape.inventory;

/** A warehouse ships orders; a store sells over the counter (POS) and may ship too. */
public enum LocationType {
    WAREHOUSE, STORE
}
