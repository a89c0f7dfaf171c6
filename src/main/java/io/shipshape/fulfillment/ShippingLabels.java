package io.shipshape.fulfillment;

import java.util.ArrayList;
import java.util.List;

import io.shipshape.inventory.Address;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.LocationView;
import io.shipshape.orders.OrderView;
import io.shipshape.orders.PostalAddress;
import org.springframework.stereotype.Component;

/**
 * Shipping labels: made once by the first {@link ShippingLabelProvider} that supports the carrier when the
 * fulfillment order ships, stored ({@link FulfillmentRepository#storeLabel}), and served from there.
 */
@Component
class ShippingLabels {

    private final List<ShippingLabelProvider> providers;
    private final InventoryManagement inventory;

    ShippingLabels(List<ShippingLabelProvider> providers, InventoryManagement inventory) {
        this.providers = providers; // in @Order: carrier integrations before the built-in label
        this.inventory = inventory;
    }

    ShippingLabelProvider provider(String carrier) {
        return providers.stream().filter(p -> p.supports(carrier)).findFirst().orElseThrow();
    }

    /** Has the carrier's provider make the label of what ships ({@code trackingNumber} null: it assigns one). */
    ShippingLabel make(FulfillmentView shipped, OrderView order, CarrierView carrier, String service,
                       String trackingNumber, Integer weightGrams) {
        return provider(carrier.code()).label(new ShippingLabelRequest(shipped.id(), order.number(), carrier.code(),
                carrier.name(), service, trackingNumber, weightGrams, from(shipped.location()), to(order)));
    }

    List<String> from(String locationCode) {
        LocationView l = inventory.location(locationCode);
        Address a = l.address();
        return lines(l.name(), a.line1(), a.line2(), join(a.postalCode(), a.city()), a.region(), a.country());
    }

    static List<String> to(OrderView order) {
        PostalAddress a = order.shippingAddress();
        if (a == null) {
            return lines(order.customer().name(), order.customer().email());
        }
        return lines(a.name() == null ? order.customer().name() : a.name(), a.line1(), a.line2(),
                join(a.postalCode(), a.city()), a.region(), a.country());
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
    }

    private static List<String> lines(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }
}
