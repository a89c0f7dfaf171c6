package io.shipshape.payments;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.shipshape.orders.OrderId;
import org.springframework.stereotype.Component;

/**
 * A test gateway ({@code counting_card}) that counts every request per order and takes a moment to authorise, so
 * that racing callers overlap. Picked up by component scanning in every test context; orders use it only when
 * their payment method says so.
 */
@Component
public class CountingGateway implements PaymentGateway {

    private final Map<OrderId, AtomicInteger> authorizations = new ConcurrentHashMap<>();
    private final Map<OrderId, AtomicInteger> refunds = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "counting_card";
    }

    @Override
    public GatewayResult authorize(GatewayRequest request) {
        authorizations.computeIfAbsent(request.orderId(), k -> new AtomicInteger()).incrementAndGet();
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return GatewayResult.success("cc_auth_" + request.idempotencyKey(), "counted");
    }

    @Override
    public GatewayResult capture(GatewayRequest request) {
        return GatewayResult.success("cc_cap_" + request.idempotencyKey(), "counted");
    }

    @Override
    public GatewayResult voidAuthorization(GatewayRequest request) {
        return GatewayResult.success("cc_void_" + request.idempotencyKey(), "counted");
    }

    @Override
    public GatewayResult refund(GatewayRequest request) {
        refunds.computeIfAbsent(request.orderId(), k -> new AtomicInteger()).incrementAndGet();
        return GatewayResult.success("cc_ref_" + request.idempotencyKey(), "counted");
    }

    @Override
    public GatewayResult status(Operation operation, GatewayRequest request) {
        return GatewayResult.success("cc_" + operation + "_" + request.idempotencyKey(), "counted");
    }

    public int authorizations(OrderId orderId) {
        return authorizations.getOrDefault(orderId, new AtomicInteger()).get();
    }

    public int refunds(OrderId orderId) {
        return refunds.getOrDefault(orderId, new AtomicInteger()).get();
    }
}
