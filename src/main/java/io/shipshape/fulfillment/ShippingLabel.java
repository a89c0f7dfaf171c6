package io.shipshape.fulfillment;

/**
 * What a {@link ShippingLabelProvider} made: the label (PDF) and, when the carrier assigned it, the tracking number
 * (null: the one the shipment was given is printed on the label).
 */
public record ShippingLabel(byte[] pdf, String trackingNumber) {

    public static ShippingLabel of(byte[] pdf) {
        return new ShippingLabel(pdf, null);
    }
}
