package io.shipshape.orders;

/** Where an order came from. */
public enum Channel {
    WEB, POS, PHONE, MARKETPLACE, API
}
