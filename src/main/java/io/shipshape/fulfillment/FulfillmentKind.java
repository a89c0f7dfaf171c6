package io.shipshape.fulfillment;

/** How the goods reach the customer: shipped by a carrier, collected at a store, or handed over at the till. */
public enum FulfillmentKind {
    SHIP, PICKUP, POS
}
