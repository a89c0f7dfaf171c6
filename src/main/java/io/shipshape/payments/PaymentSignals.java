package io.shipshape.payments;

import java.util.UUID;

import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderPayments;

/**
 * Events payments sends to itself so that work continues after the recording transaction commits, durably (the
 * event publication registry resubmits them if a server dies). Not part of the module's public contract; public
 * only because the registry must be able to read them back.
 */
public final class PaymentSignals {

    private PaymentSignals() {
    }

    /** The derived payment status may have changed: push the current one to orders. */
    public record StatusDerived(OrderId orderId) {
    }

    /** An authorisation that answered PENDING is decided: tell order processing. */
    public record AuthorizationSettled(OrderId orderId, OrderPayments.Outcome outcome, String actor) {
    }

    /** A capture was claimed inside a shipment's transaction: send it to the gateway now that it committed. */
    public record CaptureRequested(UUID transactionId, OrderId orderId) {
    }
}
