package io.shipshape.payments;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.shipshape.payments.PaymentGateway.Operation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The gateways by payment method name (every {@link PaymentGateway} bean), and the one place that calls them: a
 * gateway that throws is treated as having given no answer (UNKNOWN), so the ledger row stays open for
 * reconciliation instead of the exception losing track of money that may have moved.
 */
@Component
class PaymentGateways {

    private static final Logger log = LoggerFactory.getLogger(PaymentGateways.class);

    private final Map<String, PaymentGateway> byName;

    PaymentGateways(List<PaymentGateway> gateways) {
        this.byName = gateways.stream().collect(Collectors.toUnmodifiableMap(PaymentGateway::name,
                Function.identity()));
    }

    Optional<PaymentGateway> find(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    /** Sends the request the ledger row stands for (again, with the same idempotency key, after a crash). */
    GatewayResult send(PaymentTransaction t, String token, String parentReference) {
        return call(t, token, parentReference, false);
    }

    /** Asks the gateway for the current answer to the row's request. */
    GatewayResult ask(PaymentTransaction t, String token, String parentReference) {
        return call(t, token, parentReference, true);
    }

    private GatewayResult call(PaymentTransaction t, String token, String parentReference, boolean status) {
        PaymentGateway gateway = find(t.gateway()).orElse(null);
        if (gateway == null) {
            return GatewayResult.failed(null, "no payment gateway named '" + t.gateway() + "'");
        }
        GatewayRequest request = new GatewayRequest(t.id().toString(), t.orderId(), t.amount(), token, parentReference);
        Operation operation = operation(t.kind());
        try {
            GatewayResult result = status ? gateway.status(operation, request) : switch (operation) {
                case AUTHORIZE -> gateway.authorize(request);
                case CAPTURE -> gateway.capture(request);
                case VOID -> gateway.voidAuthorization(request);
                case REFUND -> gateway.refund(request);
            };
            return result == null ? GatewayResult.unknown(null, "the gateway gave no answer") : result;
        } catch (RuntimeException e) {
            log.warn("Gateway {} failed on {} {}: {}", t.gateway(), operation, t.id(), e.toString());
            return GatewayResult.unknown(null, "no answer from " + t.gateway() + ": " + e.getClass().getSimpleName());
        }
    }

    private static Operation operation(TransactionKind kind) {
        return switch (kind) {
            case AUTHORIZATION -> Operation.AUTHORIZE;
            case CAPTURE -> Operation.CAPTURE;
            case VOID -> Operation.VOID;
            case REFUND -> Operation.REFUND;
            case MANUAL_PAYMENT -> throw new IllegalArgumentException("manual payments never reach a gateway");
        };
    }
}
