package io.shipshape.fulfillment;

import java.util.List;

/** What a label shows: the shipment, who ships it from where, and where it goes (address lines, top down). */
public record ShippingLabelRequest(FulfillmentId fulfillmentId, String orderNumber, String carrier, String service,
                                   String trackingNumber, Integer weightGrams, List<String> shipFrom,
                                   List<String> shipTo) {
}
