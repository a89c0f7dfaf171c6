package io.shipshape.fulfillment;

/**
 * SPI for shipping labels: a carrier integration implements it as a Spring bean (with an {@code @Order} before the
 * built-in) to buy and print the carrier's own label. The built-in {@link PdfShippingLabelProvider} serves every
 * carrier with a plain PDF label (addresses and a Code 128 barcode of the tracking number).
 */
public interface ShippingLabelProvider {

    /** Whether this provider makes labels for the carrier (a registry code such as {@code UPS}). */
    boolean supports(String carrier);

    /** The label as a PDF document. */
    byte[] label(ShippingLabelRequest request);
}
