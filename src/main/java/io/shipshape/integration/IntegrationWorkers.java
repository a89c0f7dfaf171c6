package io.shipshape.integration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The background stages of events out, each a thread that works while there is work and otherwise sleeps until
 * the poll interval passes or something wakes it: the sequencer (woken by every commit that stored events), then
 * webhook fan-out and delivery, and Kafka publishing (when configured). Every stage keeps its progress in the
 * database, so several servers can run them side by side and a crash only repeats work, never loses it.
 * Stopping the context ends them after their current step.
 */
@Component
class IntegrationWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IntegrationWorkers.class);

    /** One stage: runs {@code work} until it reports no more, then waits for a wake-up or the poll interval. */
    static final class Loop implements Runnable {

        interface Work {
            boolean more() throws Exception;
        }

        private final String name;
        private final Work work;
        private final Duration interval;
        private final Semaphore signal = new Semaphore(0);
        private volatile boolean running = true;

        Loop(String name, Duration interval, Work work) {
            this.name = name;
            this.work = work;
            this.interval = interval;
        }

        void wake() {
            if (signal.availablePermits() == 0) {
                signal.release();
            }
        }

        @Override
        public void run() {
            while (running) {
                try {
                    boolean more = work.more();
                    if (!more && running) {
                        signal.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
                        signal.drainPermits();
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    if (!running) {
                        return;
                    }
                    Throwable root = e;
                    while (root.getCause() != null && root.getCause() != root) {
                        root = root.getCause();
                    }
                    log.warn("{} failed, retrying in {}: {}{}", name, interval, e,
                            root == e ? "" : " (" + root + ")");
                    try {
                        Thread.sleep(interval.toMillis());
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            }
        }
    }

    private final Sequencer sequencer;
    private final WebhookFanout fanout;
    private final WebhookDispatcher dispatcher;
    private final ObjectProvider<KafkaPublisher> kafka;
    private final IntegrationProperties properties;
    private final Wakeup wakeup;
    private final List<Thread> threads = new ArrayList<>();
    private final List<Loop> loops = new ArrayList<>();
    private volatile boolean running;

    IntegrationWorkers(Sequencer sequencer, WebhookFanout fanout, WebhookDispatcher dispatcher,
                       ObjectProvider<KafkaPublisher> kafka, IntegrationProperties properties, Wakeup wakeup) {
        this.sequencer = sequencer;
        this.fanout = fanout;
        this.dispatcher = dispatcher;
        this.kafka = kafka;
        this.properties = properties;
        this.wakeup = wakeup;
    }

    @Override
    public synchronized void start() {
        running = true;
        if (!properties.workers()) {
            return;
        }
        Duration every = properties.pollInterval();
        KafkaPublisher publisher = kafka.getIfAvailable();
        Loop webhooks = new Loop("Webhook delivery", every, () -> {
            int fanned = fanout.run();
            int attempted = dispatcher.run();
            return fanned >= properties.batchSize() || attempted > 0;
        });
        Loop toKafka = publisher == null ? null
                : new Loop("Kafka publishing", every, () -> publisher.run() >= properties.batchSize());
        Loop sequence = new Loop("Event sequencer", every, () -> {
            int numbered = sequencer.run();
            if (numbered > 0) {
                webhooks.wake();
                if (toKafka != null) {
                    toKafka.wake();
                }
            }
            return numbered >= properties.batchSize();
        });
        loops.add(sequence);
        loops.add(webhooks);
        if (toKafka != null) {
            loops.add(toKafka);
        }
        for (Loop loop : loops) {
            Thread thread = new Thread(loop, "shipshape-" + loop.name.toLowerCase().replace(' ', '-'));
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        wakeup.register(sequence::wake);
    }

    @Override
    public synchronized void stop() {
        wakeup.register(() -> { });
        // No interrupt: an interrupt inside JDBC or H2's file I/O can break the connection or the database.
        // Stages stop after their current step (bounded by the HTTP and Kafka timeouts); what was in flight is
        // simply attempted again later, as after a crash.
        loops.forEach(loop -> {
            loop.running = false;
            loop.wake();
        });
        for (Thread thread : threads) {
            try {
                thread.join(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
        loops.clear();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
