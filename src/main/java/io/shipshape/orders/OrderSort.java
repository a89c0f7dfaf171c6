package io.shipshape.orders;

/** The order of the order list: by creation time, newest first (the default) or oldest first. */
public enum OrderSort {
    NEWEST, OLDEST
}
