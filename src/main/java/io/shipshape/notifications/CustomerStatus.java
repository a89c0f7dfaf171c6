package io.shipshape.notifications;

import io.shipshape.orders.OrderStatus;

/**
 * An order's status in a customer's words. Internal states do not show: an order on hold is simply "received"
 * (a hold is a staff matter), a completed one "delivered".
 */
public enum CustomerStatus {
    RECEIVED("Order received", "We have your order and are getting it ready."),
    CONFIRMED("Confirmed", "Your order is confirmed and will be prepared shortly."),
    PREPARING("Being prepared", "We are picking and packing your order."),
    PARTIALLY_SHIPPED("Partly on its way", "Part of your order has left us; the rest follows."),
    SHIPPED("On its way", "Your order has left us and is with the carrier."),
    READY_FOR_PICKUP("Ready for pickup", "Your order is waiting for you at the store."),
    DELIVERED("Delivered", "Your order has been delivered."),
    CANCELLED("Cancelled", "This order has been cancelled.");

    private final String title;
    private final String text;

    CustomerStatus(String title, String text) {
        this.title = title;
        this.text = text;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    static CustomerStatus of(OrderStatus status, boolean readyForPickup) {
        return switch (status) {
            case PENDING, ON_HOLD -> RECEIVED;
            case CONFIRMED -> CONFIRMED;
            case IN_FULFILLMENT -> readyForPickup ? READY_FOR_PICKUP : PREPARING;
            case PARTIALLY_SHIPPED -> PARTIALLY_SHIPPED;
            case SHIPPED -> SHIPPED;
            case DELIVERED, COMPLETED -> DELIVERED;
            case CANCELLED -> CANCELLED;
        };
    }
}
