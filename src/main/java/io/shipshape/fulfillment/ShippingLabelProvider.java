package io.shipshape.fulfillment;

/**
 * SPI for shipping labels: a carrier integration implements it as a Spring bean (with an {@code @Order} before the
 * built-in) to buy and print the carrier's own label. The built-in {@link PdfShippingLabelProvider} serves every
 * carrier with a plain PDF label (addresses and a Code 128 barcode of the tracking number).
 * <p>
 * The label is made once, when the fulfillment order ships (in the shipment's transaction: a failure rolls the
 * shipment back), and stored; {@code GET .../label} serves the stored document, so a label is bought once.
 */
public interface ShippingLabelProvider {

    /** Whether this provider makes labels for the carrier (a registry code such as {@code UPS}). */
    boolean supports(String carrier);

    /**
     * Whether this provider assigns the tracking number itself; then a shipment may be sent without one and
     * {@link #label} answers it. The built-in provider does not: the ship request must carry one.
     */
    default boolean assignsTrackingNumber(String carrier) {
        return false;
    }

    /**
     * The label. {@code request.trackingNumber()} is the one the shipment was given, or null when this provider
     * {@linkplain #assignsTrackingNumber assigns it}, in which case the answer must carry it.
     */
    ShippingLabel label(ShippingLabelRequest request);
}
