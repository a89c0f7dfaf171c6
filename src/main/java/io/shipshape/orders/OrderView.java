package io.shipshape.orders;

import java.time.Instant;
import java.util.List;

import io.shipshape.customers.CustomerId;
import io.shipshape.shared.Money;

/** An order as the API and the back office show it. */
public record OrderView(OrderId id, String number, OrderStatus status, PaymentStatus paymentStatus,
                        FulfillmentStatus fulfillmentStatus, Channel channel, String externalId, Customer customer,
                        PostalAddress shippingAddress, PostalAddress billingAddress, List<Line> lines, Totals totals,
                        String shippingMethod, String paymentMethod, String locationCode, String notes,
                        List<String> tags, String trackingToken, Instant createdAt, Instant updatedAt) {

    public record Customer(CustomerId id, String email, String name, String phone) {
    }

    public record Line(int lineNo, String sku, String name, int quantity, Money unitPrice, Money lineTotal,
                       List<Allocation> allocations, int backorderedQuantity) {
    }

    public record Allocation(String location, int quantity, String rule) {
    }

    public record Totals(Money subtotal, Money discount, Money shipping, Money tax, Money total) {
    }
}
