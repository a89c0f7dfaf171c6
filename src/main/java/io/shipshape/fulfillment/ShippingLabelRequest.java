package io.shipshape.fulfillment;

import java.util.List;

/**
 * What a label shows: the shipment, who ships it from where, and where it goes (address lines, top down).
 * {@code carrier} is the registry code (UPS, ROYAL_MAIL), {@code carrierName} what people read (Royal Mail).
 */
public record ShippingLabelRequest(FulfillmentId fulfillmentId, String orderNumber, String carrier, String carrierName,
                                   String service, String trackingNumber, Integer weightGrams, List<String> shipFrom,
                                   List<String> shipTo) {
}
