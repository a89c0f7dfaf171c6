package io.shipshape.fulfillment;

/** A carrier of the registry: its tracking page is {@code trackingUrl} with {@code {trackingNumber}} filled in. */
public record CarrierView(String code, String name, String trackingUrl, boolean builtin) {

    public static final String PLACEHOLDER = "{trackingNumber}";

    /** The tracking page of a shipment (the number URL-encoded). */
    public String trackingUrlFor(String trackingNumber) {
        return trackingUrl.replace(PLACEHOLDER,
                java.net.URLEncoder.encode(trackingNumber, java.nio.charset.StandardCharsets.UTF_8));
    }
}
