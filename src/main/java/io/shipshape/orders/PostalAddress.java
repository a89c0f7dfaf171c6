package io.shipshape.orders;

/** A shipping or billing address of an order. {@code country}: ISO 3166-1 alpha-2. */
public record PostalAddress(String name, String line1, String line2, String city, String region, String postalCode,
                            String country, String phone) {
}
