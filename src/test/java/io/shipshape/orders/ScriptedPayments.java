package io.shipshape.orders;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.shipshape.orders.OrderPayments.Authorization;
import io.shipshape.orders.OrderPayments.Outcome;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A payments port for tests, idempotent per order like the real one: the first call decides (counted in
 * {@link #decisions}), later calls answer the same. Outcomes are scripted per customer email; an email can make
 * the port fail before deciding (the gateway never saw the request) or after deciding (the answer was lost), once.
 */
public class ScriptedPayments implements OrderPayments {

    @TestConfiguration
    public static class Config {
        @Bean
        @Primary
        ScriptedPayments scriptedPayments(OrderManagement orders) {
            return new ScriptedPayments(orders);
        }
    }

    private final OrderManagement orders;
    final Map<String, Outcome> script = new ConcurrentHashMap<>();
    final Map<String, CountDownLatch> blocked = new ConcurrentHashMap<>();
    final Set<String> failBefore = ConcurrentHashMap.newKeySet();
    final Set<String> failAfter = ConcurrentHashMap.newKeySet();
    final Map<OrderId, Authorization> decided = new ConcurrentHashMap<>();
    final Map<OrderId, AtomicInteger> decisions = new ConcurrentHashMap<>();
    final Map<OrderId, AtomicInteger> calls = new ConcurrentHashMap<>();

    ScriptedPayments(OrderManagement orders) {
        this.orders = orders;
    }

    @Override
    public Authorization authorize(OrderId orderId) {
        calls.computeIfAbsent(orderId, k -> new AtomicInteger()).incrementAndGet();
        String email = orders.get(orderId).customer().email();
        CountDownLatch latch = blocked.get(email);
        if (latch != null) {
            try {
                latch.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failBefore.remove(email)) {
            throw new IllegalStateException("payments down before deciding " + orderId);
        }
        Authorization answer = decided.computeIfAbsent(orderId, id -> {
            decisions.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            return new Authorization(script.getOrDefault(email, Outcome.AUTHORIZED), "scripted");
        });
        if (failAfter.remove(email)) {
            throw new IllegalStateException("answer lost after deciding " + orderId);
        }
        return answer;
    }

    /** Scripted: a declined order is never made good (the real payments module asks its ledger). */
    @Override
    public boolean coversOrder(OrderId orderId) {
        Authorization answer = decided.get(orderId);
        return answer == null || answer.outcome() != Outcome.DECLINED;
    }

    int calls(OrderId id) {
        AtomicInteger n = calls.get(id);
        return n == null ? 0 : n.get();
    }

    int decisions(OrderId id) {
        AtomicInteger n = decisions.get(id);
        return n == null ? 0 : n.get();
    }
}
