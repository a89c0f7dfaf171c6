package io.shipshape.customers;

/**
 * Command: change a customer's email, name and phone (all of them: the back office edits the whole customer).
 * The email is stored trimmed and lower-cased and must stay unique; a blank {@code phone} removes it.
 */
public record UpdateCustomer(String email, String name, String phone) {
}
