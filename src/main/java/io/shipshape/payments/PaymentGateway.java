package io.shipshape.payments;

/**
 * The gateway SPI: a Spring bean implementing this is the gateway of the payment method named {@link #name()}
 * (the {@code payment.method} of an order). Every call carries our transaction's id as its idempotency key, so a
 * gateway that answered {@link GatewayResult.Status#UNKNOWN} (a timeout) can be asked again with
 * {@link #status} and never performs one request twice. Gateways receive tokens and references only, never card
 * data.
 */
public interface PaymentGateway {

    /** The payment method name this gateway serves, e.g. {@code test_card}. */
    String name();

    /**
     * Whether an order paid with this token needs an authorisation at all; {@code false} for cash on delivery,
     * where processing proceeds and staff record the payment when it is collected.
     */
    default boolean requiresAuthorization(String token) {
        return true;
    }

    /** Holds {@code amount} on the customer's token. {@link GatewayResult#review()} flags it for review. */
    GatewayResult authorize(GatewayRequest request);

    /** Captures {@code amount} of the authorisation {@link GatewayRequest#parentReference()}. */
    GatewayResult capture(GatewayRequest request);

    /** Releases what is left of the authorisation {@link GatewayRequest#parentReference()}. */
    GatewayResult voidAuthorization(GatewayRequest request);

    /** Pays back {@code amount} of captured money. */
    GatewayResult refund(GatewayRequest request);

    /** The current answer for an earlier request of this kind with the same idempotency key (reconciliation). */
    GatewayResult status(Operation operation, GatewayRequest request);

    enum Operation {
        AUTHORIZE, CAPTURE, VOID, REFUND
    }
}
