package io.shipshape.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.shipshape.shared.ResponseHook;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Grouped capture: concurrent {@link OrderManagement#place} calls enqueue their command and wait; one committer
 * thread takes whatever has piled up (at most {@code capture-batch-size}) and decides and writes it in ONE
 * transaction, then wakes each caller with its own outcome.
 * <p>
 * Why: a capture's cost is dominated by round trips and the commit (a WAL flush), and on a hot SKU by the row
 * lock every order must take in turn. A batch pays each of them once: about fifteen statements for the decision
 * and the order writes whatever its size, one update per stock row, one commit. Still one statement per order:
 * each event publication (Spring Modulith inserts them one by one) and each idempotency record; batching those
 * is the next step. There is no artificial wait: the committer takes the first
 * command as soon as it arrives, so a lone order is committed at once; batches form only from what arrives
 * while the previous batch commits, so grouping grows with the load and adds no latency when there is none.
 * <p>
 * Guarantees as the one-order path: a caller returns only after its order committed (acknowledged = committed);
 * each order is all or nothing (refusals are decided in memory before anything is written); the idempotent
 * response is stored in the batch's transaction through the caller's {@link ResponseHook}; {@code OrderPlaced}
 * goes through the event publication registry of that transaction. If the batch transaction fails for any
 * reason (a constraint, a concurrent capture of the same external id, a lost idempotency claim, a bug), nothing
 * of it committed, and every caller of the batch places its order alone, so each gets its own outcome.
 */
@Component
class CaptureQueue {

    private static final Logger log = LoggerFactory.getLogger(CaptureQueue.class);

    /** A caller waiting for its order. */
    record Pending(PlaceOrder cmd, ResponseHook hook, CompletableFuture<CaptureBatch.Outcome> outcome) {
        Pending(PlaceOrder cmd, ResponseHook hook) {
            this(cmd, hook, new CompletableFuture<>());
        }
    }

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final CaptureBatch decision;
    private final OrderRepository orders;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final CaptureMetrics metrics;
    private final int batchSize;
    private volatile Thread committer;
    private volatile boolean stopped;

    CaptureQueue(CaptureBatch decision, OrderRepository orders, ApplicationEventPublisher events,
                 PlatformTransactionManager transactionManager, CaptureMetrics metrics, OrdersProperties properties) {
        this.decision = decision;
        this.orders = orders;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.metrics = metrics;
        this.batchSize = Math.max(1, properties.captureBatchSize());
    }

    /** Enqueues the command and waits until its batch committed or failed. */
    CaptureBatch.Outcome submit(PlaceOrder cmd, ResponseHook hook) {
        startIfNeeded();
        Pending pending = new Pending(cmd, hook);
        queue.add(pending);
        if (stopped) {
            failAll(); // raced with shutdown: nobody will take it
        }
        return pending.outcome().join();
    }

    /**
     * Decides and commits one batch (the committer's loop calls it; tests call it directly with a fixed batch, so
     * that what is grouped does not depend on timing). Completes every pending outcome.
     */
    void commit(List<Pending> batch) {
        long start = System.nanoTime();
        List<CaptureBatch.Outcome> outcomes;
        try {
            outcomes = transactions.execute(tx -> decideAndWrite(batch));
        } catch (RuntimeException | Error e) {
            log.warn("A capture batch of {} orders rolled back; placing them one by one", batch.size(), e);
            metrics.batch(batch.size(), start, false);
            batch.forEach(p -> p.outcome().complete(CaptureBatch.Outcome.ALONE));
            return;
        }
        metrics.batch(batch.size(), start, true);
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).outcome().complete(outcomes.get(i));
        }
    }

    private List<CaptureBatch.Outcome> decideAndWrite(List<Pending> batch) {
        List<CaptureBatch.Outcome> outcomes = decision.decide(batch.stream().map(Pending::cmd).toList());
        List<Order> accepted = outcomes.stream().filter(o -> o.order() != null).map(CaptureBatch.Outcome::order).toList();
        if (accepted.isEmpty()) {
            return outcomes;
        }
        if (!orders.insertAll(accepted).isEmpty()) {
            throw new IllegalStateException("An external id of the batch was captured concurrently");
        }
        for (int i = 0; i < batch.size(); i++) {
            Order order = outcomes.get(i).order();
            if (order == null) {
                continue;
            }
            events.publishEvent(order.placed());
            ResponseHook hook = batch.get(i).hook();
            if (hook != null && !hook.complete(order.view())) {
                throw new IllegalStateException("The idempotency claim of order " + i + " of the batch was lost");
            }
        }
        return outcomes;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(batchSize);
        while (!stopped) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                commit(batch);
            } catch (InterruptedException e) {
                break;
            } catch (RuntimeException | Error e) { // commit completes every outcome; this is a last resort
                log.error("Capture committer failed", e);
                batch.forEach(p -> p.outcome().complete(CaptureBatch.Outcome.ALONE));
            } finally {
                batch.clear();
            }
        }
        failAll();
    }

    private void startIfNeeded() {
        if (committer == null) {
            synchronized (this) {
                if (committer == null && !stopped) {
                    Thread thread = new Thread(this::run, "capture-committer");
                    thread.setDaemon(true);
                    thread.start();
                    committer = thread;
                }
            }
        }
    }

    /** Callers still queued place their orders alone. */
    private void failAll() {
        for (Pending p; (p = queue.poll()) != null; ) {
            p.outcome().complete(CaptureBatch.Outcome.ALONE);
        }
    }

    @PreDestroy
    void stop() {
        stopped = true; // not interrupted: a batch in the middle of its transaction finishes (the loop polls)
        failAll();
    }
}
