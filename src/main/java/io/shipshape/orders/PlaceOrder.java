package io.shipshape.orders;

import java.time.Instant;
import java.util.List;

import io.shipshape.shared.Money;

/**
 * Command: capture an order from a channel. Lines are priced from the catalog unless {@code unitPrice} is
 * given. {@code placedAt} is for imports of orders placed earlier (null: now). {@code actor} is who captured.
 */
public record PlaceOrder(Channel channel, String externalId, CustomerData customer, PostalAddress shippingAddress,
                         PostalAddress billingAddress, List<Line> lines, ShippingMethod shippingMethod, Money discount,
                         PaymentData payment, String locationCode, String notes, List<String> tags, Instant placedAt,
                         String actor) {

    public record CustomerData(String email, String name, String phone) {
    }

    public record Line(String sku, int quantity, Money unitPrice) {
    }

    public record ShippingMethod(String code, Money price) {
    }

    /** How the customer pays: a method name and, for card gateways, a token (never card data). */
    public record PaymentData(String method, String token) {
    }
}
