package io.shipshape.customers;

/** Command: register a customer. The email is stored trimmed and lower-cased; {@code phone} is optional. */
public record CreateCustomer(String email, String name, String phone) {
}
