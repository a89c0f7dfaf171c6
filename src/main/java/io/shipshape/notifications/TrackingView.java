package io.shipshape.notifications;

import java.time.Instant;
import java.util.List;

import io.shipshape.shared.Money;

/**
 * What the public tracking page shows of an order, and nothing more: no email, no street address (only the city
 * and country it goes to), no prices but the total, no internal notes, holds, rules or staff names.
 * {@code pickup} is set for click and collect; {@code shipTo} otherwise, when the order has a shipping address.
 */
public record TrackingView(String number, CustomerStatus status, Instant placedAt, Money total, List<Line> lines,
                           List<Step> timeline, List<Shipment> shipments, Pickup pickup, Destination shipTo) {

    public record Line(String name, int quantity) {
    }

    /** One step of the customer's timeline; {@code linkUrl} (with {@code linkText}) is a carrier's tracking page. */
    public record Step(Instant at, String code, String title, String linkUrl, String linkText) {
    }

    public record Shipment(String carrier, String trackingNumber, String trackingUrl, Instant shippedAt,
                           Instant deliveredAt, List<Line> lines) {
    }

    /** The store to collect the order from; {@code ready} once it waits there. */
    public record Pickup(String storeName, List<String> address, boolean ready, String instructions) {
    }

    public record Destination(String city, String country) {
    }

    /**
     * Whether the customer has something to send back: a parcel has left, or the order was delivered or collected.
     * The page offers "Return items" only then (before, there is nothing a return could be about).
     */
    public boolean returnable() {
        return !shipments.isEmpty() || status == CustomerStatus.DELIVERED;
    }
}
