package io.shipshape.customers;

/** Event: a customer was registered (by the API or by order capture). Published in the creating transaction. */
public record CustomerCreated(CustomerId id, String email) {
}
