package io.shipshape.returns;

/** What the customer wants for the returned goods. */
public enum ReturnResolution {
    REFUND, EXCHANGE
}
