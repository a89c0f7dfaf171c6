package io.shipshape.orders;

/**
 * A shipping or billing address of an order. {@code country}: ISO 3166-1 alpha-2. {@code latitude} and
 * {@code longitude} (degrees, optional) let the {@code NEAREST} sourcing rule measure distances.
 */
public record PostalAddress(String name, String line1, String line2, String city, String region, String postalCode,
                            String country, String phone, Double latitude, Double longitude) {

    /** An address without coordinates. */
    public PostalAddress(String name, String line1, String line2, String city, String region, String postalCode,
                         String country, String phone) {
        this(name, line1, line2, city, region, postalCode, country, phone, null, null);
    }
}
