package io.shipshape.payments.gateway;

import io.shipshape.shared.CardData;
import io.shipshape.payments.GatewayRequest;
import io.shipshape.payments.GatewayResult;
import io.shipshape.payments.PaymentGateway;
import org.springframework.stereotype.Component;

/**
 * {@code test_card}: a card gateway for tests, demos and integrators, decided by the token alone (so it is
 * stateless and answers the same after a restart, like a real gateway asked with the same idempotency key):
 * <ul>
 * <li>{@code tok_ok} authorises; {@code tok_decline} is declined; {@code tok_review} authorises but flags the
 * payment for review;</li>
 * <li>{@code tok_pending} answers PENDING to every request and SUCCESS when reconciliation asks;</li>
 * <li>{@code tok_timeout} answers UNKNOWN (as a timed-out call would) and SUCCESS when reconciliation asks.</li>
 * </ul>
 * Any other token is declined; one that looks like a card number is refused without being echoed.
 */
@Component
class TestCardGateway implements PaymentGateway {

    static final String NAME = "test_card";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GatewayResult authorize(GatewayRequest request) {
        return answer("auth", request, true);
    }

    @Override
    public GatewayResult capture(GatewayRequest request) {
        return answer("cap", request, false);
    }

    @Override
    public GatewayResult voidAuthorization(GatewayRequest request) {
        return answer("void", request, false);
    }

    @Override
    public GatewayResult refund(GatewayRequest request) {
        return answer("ref", request, false);
    }

    @Override
    public GatewayResult status(Operation operation, GatewayRequest request) {
        String reference = reference(operation.name().toLowerCase(), request);
        if (CardData.looksLikeCardNumber(request.token())) {
            return GatewayResult.failed(null, "refused: the token looks like a card number");
        }
        return switch (token(request)) {
            case "tok_decline" -> operation == Operation.AUTHORIZE
                    ? GatewayResult.failed(reference, "declined by the issuer")
                    : GatewayResult.success(reference, "test_card " + operation.name().toLowerCase() + " settled");
            case "tok_ok", "tok_review", "tok_pending", "tok_timeout" ->
                    new GatewayResult(GatewayResult.Status.SUCCESS, reference,
                            "test_card " + operation.name().toLowerCase() + " settled",
                            operation == Operation.AUTHORIZE && token(request).equals("tok_review"));
            default -> GatewayResult.failed(null, "unknown test_card token");
        };
    }

    private GatewayResult answer(String op, GatewayRequest request, boolean authorization) {
        if (CardData.looksLikeCardNumber(request.token())) {
            return GatewayResult.failed(null, "refused: the token looks like a card number; send a gateway token");
        }
        String reference = reference(op, request);
        return switch (token(request)) {
            case "tok_ok" -> GatewayResult.success(reference, "test_card " + op + " approved");
            case "tok_review" -> new GatewayResult(GatewayResult.Status.SUCCESS, reference,
                    "test_card " + op + " approved" + (authorization ? ", flagged for review" : ""), authorization);
            case "tok_decline" -> authorization ? GatewayResult.failed(reference, "declined by the issuer")
                    : GatewayResult.success(reference, "test_card " + op + " approved");
            case "tok_pending" -> GatewayResult.pending(reference, "test_card " + op + " pending at the gateway");
            case "tok_timeout" -> GatewayResult.unknown(null, "test_card " + op + " timed out");
            default -> GatewayResult.failed(null, "unknown test_card token");
        };
    }

    private static String token(GatewayRequest request) {
        return request.token() == null ? "" : request.token();
    }

    private static String reference(String op, GatewayRequest request) {
        return "tc_" + op + "_" + request.idempotencyKey();
    }
}
