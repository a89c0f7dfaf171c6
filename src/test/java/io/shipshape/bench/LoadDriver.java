package io.shipshape.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A closed loop: each worker runs on its own thread and sends its next request as soon as the previous one is
 * answered, first for the warm-up (not recorded), then for the measured time. Each thread records into its own
 * {@link Recorder}; they are merged at the end, so measuring adds no contention between the clients.
 */
final class LoadDriver {

    /** One request of a client: sends it and records its latency and outcome under a kind ("capture", "list"...). */
    interface Worker {
        void step(Recorder recorder) throws InterruptedException;
    }

    /** Latencies and outcome counts per kind of request. */
    static final class Recorder {
        final Map<String, Latencies> latencies = new TreeMap<>();
        final Map<String, Map<String, Long>> outcomes = new TreeMap<>();

        void record(String kind, long nanos, String outcome) {
            latencies.computeIfAbsent(kind, k -> new Latencies()).add(nanos);
            outcomes.computeIfAbsent(kind, k -> new TreeMap<>()).merge(outcome, 1L, Long::sum);
        }

        /** A request that got no answer: counted, but it has no latency. */
        void failed(String kind, String outcome) {
            outcomes.computeIfAbsent(kind, k -> new TreeMap<>()).merge(outcome, 1L, Long::sum);
        }

        void addAll(Recorder other) {
            other.latencies.forEach((k, v) -> latencies.computeIfAbsent(k, x -> new Latencies()).addAll(v));
            other.outcomes.forEach((k, v) -> v.forEach((o, n) ->
                    outcomes.computeIfAbsent(k, x -> new TreeMap<>()).merge(o, n, Long::sum)));
        }

        long count(String kind, String outcome) {
            return outcomes.getOrDefault(kind, Map.of()).getOrDefault(outcome, 0L);
        }

        long total(String kind) {
            return outcomes.getOrDefault(kind, Map.of()).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** What was recorded and over how many seconds (from the end of the warm-up to the last answer). */
    record Measured(Recorder recorder, double seconds) {
    }

    static Measured run(List<Worker> workers, double warmupSeconds, double seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers.size());
        CountDownLatch go = new CountDownLatch(1);
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        try {
            List<Future<Recorder>> futures = new ArrayList<>();
            for (Worker worker : workers) {
                futures.add(pool.submit(() -> {
                    go.await();
                    Recorder discard = new Recorder();
                    Recorder recorder = new Recorder();
                    long now;
                    while ((now = System.nanoTime()) < end) {
                        worker.step(now < measureFrom ? discard : recorder);
                    }
                    return recorder;
                }));
            }
            go.countDown();
            Recorder all = new Recorder();
            for (Future<Recorder> f : futures) {
                all.addAll(f.get());
            }
            return new Measured(all, Math.max(seconds, (System.nanoTime() - measureFrom) / 1e9));
        } finally {
            pool.shutdownNow();
        }
    }
}
