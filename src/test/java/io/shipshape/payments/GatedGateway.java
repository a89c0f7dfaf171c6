package io.shipshape.payments;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.shipshape.orders.OrderId;
import org.springframework.stereotype.Component;

/**
 * A test gateway ({@code gated_card}) whose authorisations wait at a gate until the test opens it, so that a test
 * can act (cancel the order) while the gateway is deciding. Gates are per payment token. Counts authorisations and voids per order.
 */
@Component
public class GatedGateway implements PaymentGateway {

    private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> arrivals = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "gated_card";
    }

    /** Authorisations with this token wait until {@link #open}; answers the token. */
    String close(String token) {
        gates.put(token, new CountDownLatch(1));
        arrivals.put(token, new CountDownLatch(1));
        return token;
    }

    void open(String token) {
        gates.get(token).countDown();
    }

    /** Waits until an authorisation with the token is at the gate. */
    boolean awaitArrival(String token) throws InterruptedException {
        return arrivals.get(token).await(20, TimeUnit.SECONDS);
    }

    int calls(String operation, OrderId orderId) {
        AtomicInteger n = calls.get(operation + ":" + orderId);
        return n == null ? 0 : n.get();
    }

    @Override
    public GatewayResult authorize(GatewayRequest request) {
        count("authorize", request);
        CountDownLatch arrival = request.token() == null ? null : arrivals.get(request.token());
        CountDownLatch gate = request.token() == null ? null : gates.get(request.token());
        if (gate != null) {
            arrival.countDown();
            try {
                gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return GatewayResult.success("gc_auth_" + request.idempotencyKey(), "authorised");
    }

    @Override
    public GatewayResult capture(GatewayRequest request) {
        count("capture", request);
        return GatewayResult.success("gc_cap_" + request.idempotencyKey(), "captured");
    }

    @Override
    public GatewayResult voidAuthorization(GatewayRequest request) {
        count("void", request);
        return GatewayResult.success("gc_void_" + request.idempotencyKey(), "voided");
    }

    @Override
    public GatewayResult refund(GatewayRequest request) {
        count("refund", request);
        return GatewayResult.success("gc_ref_" + request.idempotencyKey(), "refunded");
    }

    @Override
    public GatewayResult status(Operation operation, GatewayRequest request) {
        return GatewayResult.success("gc_" + operation + "_" + request.idempotencyKey(), "decided");
    }

    private void count(String operation, GatewayRequest request) {
        calls.computeIfAbsent(operation + ":" + request.orderId(), k -> new AtomicInteger()).incrementAndGet();
    }
}
