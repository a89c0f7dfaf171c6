package io.shipshape.customers;

/** Event: a customer's email, name or phone changed (read the customer for its new state). */
public record CustomerUpdated(CustomerId id, String email) {
}
