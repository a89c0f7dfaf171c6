package io.shipshape.payments.gateway;

import java.util.Locale;
import java.util.Set;

import io.shipshape.payments.GatewayRequest;
import io.shipshape.payments.GatewayResult;
import io.shipshape.payments.PaymentGateway;
import org.springframework.stereotype.Component;

/**
 * {@code manual}: money that staff handle themselves. The token says how the customer pays: {@code cod} (cash on
 * delivery: nothing to authorise, processing proceeds), {@code cash} or {@code bank_transfer} (the default): the
 * authorisation stays PENDING until staff record the payment. Captures, voids and refunds are bookkeeping only
 * (staff pay back by hand), so they succeed at once.
 */
@Component
class ManualGateway implements PaymentGateway {

    static final String NAME = "manual";
    static final Set<String> DETAILS = Set.of("cod", "cash", "bank_transfer");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean requiresAuthorization(String token) {
        return !"cod".equals(detail(token));
    }

    @Override
    public GatewayResult authorize(GatewayRequest request) {
        String detail = detail(request.token());
        if (!DETAILS.contains(detail)) {
            return GatewayResult.failed(null, "unknown manual payment method '" + detail
                    + "'; use cod, cash or bank_transfer");
        }
        return GatewayResult.pending("manual_" + detail, "awaiting payment by " + detail.replace('_', ' '));
    }

    @Override
    public GatewayResult capture(GatewayRequest request) {
        return GatewayResult.success("manual_capture", "recorded");
    }

    @Override
    public GatewayResult voidAuthorization(GatewayRequest request) {
        return GatewayResult.success("manual_void", "no payment awaited any more");
    }

    @Override
    public GatewayResult refund(GatewayRequest request) {
        return GatewayResult.success("manual_refund", "to be paid back by staff");
    }

    /** Only staff decide a manual authorisation (by recording the payment); the gateway cannot. */
    @Override
    public GatewayResult status(Operation operation, GatewayRequest request) {
        return operation == Operation.AUTHORIZE ? authorize(request)
                : GatewayResult.success("manual_" + operation.name().toLowerCase(), "recorded");
    }

    private static String detail(String token) {
        return token == null || token.isBlank() ? "bank_transfer" : token.strip().toLowerCase(Locale.ROOT);
    }
}
