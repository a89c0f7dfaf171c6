package io.shipshape.notifications;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.LocationType;
import io.shipshape.inventory.LocationView;
import io.shipshape.orders.Channel;
import io.shipshape.orders.CustomerMilestone;
import io.shipshape.orders.CustomerMilestone.Kind;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderView;
import io.shipshape.notifications.TrackingView.Step;
import org.springframework.stereotype.Component;

/**
 * Builds the tracking page's view: the order's customer milestones from the orders module, parcels from the
 * {@link ShipmentSource}s (when there are parcels, their shipped and delivered moments, with the carrier's link,
 * replace the order-level ones), and the pickup store for click and collect.
 */
@Component
class TrackingReader {

    private final OrderManagement orders;
    private final InventoryManagement inventory;
    private final List<ShipmentSource> shipmentSources;

    TrackingReader(OrderManagement orders, InventoryManagement inventory, List<ShipmentSource> shipmentSources) {
        this.orders = orders;
        this.inventory = inventory;
        this.shipmentSources = shipmentSources;
    }

    Optional<TrackingView> track(String token) {
        return orders.findByTrackingToken(token).map(this::view);
    }

    private TrackingView view(OrderView order) {
        List<CustomerMilestone> milestones = orders.customerTimeline(order.id());
        List<TrackedShipment> parcels = shipmentSources.stream().flatMap(s -> s.shipmentsOf(order.id()).stream())
                .sorted(Comparator.comparing(TrackedShipment::shippedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        LocationView store = pickupStore(order);
        boolean ready = milestones.stream().anyMatch(m -> m.kind() == Kind.READY_FOR_PICKUP);
        List<Step> steps = steps(order, milestones, parcels, store);
        TrackingView.Pickup pickup = store == null ? null : new TrackingView.Pickup(store.name(),
                PickupStores.addressLines(store.address()), ready,
                "Bring your order number " + order.number() + " and a photo ID in the name on the order. "
                        + "We will email you when the order is ready to collect.");
        TrackingView.Destination shipTo = store != null || order.shippingAddress() == null ? null
                : new TrackingView.Destination(order.shippingAddress().city(), order.shippingAddress().country());
        return new TrackingView(order.number(), CustomerStatus.of(order.status(), ready), order.createdAt(),
                order.totals().total(), order.lines().stream().map(l -> new TrackingView.Line(l.name(), l.quantity()))
                .toList(), steps, parcels.stream().map(p -> shipment(order, p)).toList(), pickup, shipTo);
    }

    private static List<Step> steps(OrderView order, List<CustomerMilestone> milestones, List<TrackedShipment> parcels,
                                    LocationView store) {
        List<Step> steps = new ArrayList<>();
        if (milestones.stream().noneMatch(m -> m.kind() == Kind.PLACED)) {
            steps.add(new Step(order.createdAt(), "PLACED", "Order placed", null, null));
        }
        for (CustomerMilestone m : milestones) {
            boolean parcelFact = m.kind() == Kind.SHIPPED || m.kind() == Kind.DELIVERED;
            if (!(parcelFact && !parcels.isEmpty())) {
                steps.add(new Step(m.at(), m.kind().name(), title(m.kind(), store), null, null));
            }
        }
        for (TrackedShipment p : parcels) {
            if (p.shippedAt() != null && p.carrier() != null) {
                steps.add(new Step(p.shippedAt(), "SHIPPED", "Shipped with " + p.carrier(), p.trackingUrl(),
                        p.trackingUrl() == null ? null : "Track parcel " + p.trackingNumber()));
            }
            if (p.deliveredAt() != null) {
                steps.add(new Step(p.deliveredAt(), "DELIVERED", "Delivered", null, null));
            }
        }
        steps.sort(Comparator.comparing(Step::at));
        return steps;
    }

    private static String title(Kind kind, LocationView store) {
        return switch (kind) {
            case PLACED -> "Order placed";
            case CONFIRMED -> "Order confirmed";
            case SHIPPED -> "Shipped";
            case DELIVERED -> "Delivered";
            case READY_FOR_PICKUP -> store == null ? "Ready for pickup" : "Ready for pickup at " + store.name();
            case PICKED_UP -> "Picked up";
            case CANCELLED -> "Order cancelled";
            case PARTIALLY_CANCELLED -> "Some items were cancelled";
            case REFUNDED -> "Refund issued";
        };
    }

    private static TrackingView.Shipment shipment(OrderView order, TrackedShipment p) {
        return new TrackingView.Shipment(p.carrier(), p.trackingNumber(), p.trackingUrl(), p.shippedAt(),
                p.deliveredAt(), p.lines().stream().map(l -> new TrackingView.Line(order.lines().stream()
                        .filter(o -> o.sku().equals(l.sku())).map(OrderView.Line::name).findFirst().orElse(l.sku()),
                        l.quantity())).toList());
    }

    /**
     * Click and collect, as fulfillment decides it: shipping method {@code pickup} at a store location, not a POS
     * sale (handed over at the till). Null for everything else.
     */
    private LocationView pickupStore(OrderView order) {
        if (order.channel() == Channel.POS || order.locationCode() == null || order.shippingMethod() == null
                || !"pickup".equals(order.shippingMethod().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return inventory.locations().stream().filter(l -> l.code().equals(order.locationCode()))
                .filter(l -> l.type() == LocationType.STORE).findFirst().orElse(null);
    }
}
