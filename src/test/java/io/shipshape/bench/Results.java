package io.shipshape.bench;

import java.util.List;
import java.util.Map;

/** Everything one run measured and checked; written as target/bench/results.json and results.md. */
record Results(String startedAt, String command, Machine machine, Server server, Seed seed, List<Scenario> scenarios,
               List<Baseline.Result> baseline, OrderList orderList, List<Verifier.Check> checks, List<String> notes,
               boolean ok) {

    record Machine(int cores, long memoryMb, String os, String java, String postgres) {
    }

    /** mode "started" (the harness ran the jar) or "external" (--url); startup and RSS only when started. */
    record Server(String mode, String url, Double startupSeconds, Long rssReadyMb, Long rssPeakMb,
                  List<String> jvmOptions) {
    }

    record Seed(String mode, int skus, int locations, double seconds, Integer orders, Double ordersSeconds) {
    }

    /**
     * One load scenario: {@code orders} accepted (201) in {@code seconds}; latency over every answered capture;
     * outcomes are "ok", problem types (e.g. insufficient-stock) or transport errors; reads only for mixed.
     * {@code processing} only when the harness knows the database.
     */
    record Scenario(String name, int clients, int readers, double seconds, long orders, double ordersPerSecond,
                    double requestsPerSecond, Latencies.Summary latencyMs, Map<String, Long> outcomes,
                    Map<String, Reads> reads, Long rssPeakMb, Processing processing, Double baselineOrdersPerSecond,
                    Double ratio) {

        Scenario withBaseline(Double base) {
            return new Scenario(name, clients, readers, seconds, orders, ordersPerSecond, requestsPerSecond, latencyMs,
                    outcomes, reads, rssPeakMb, processing, base,
                    base == null || base == 0 ? null : Math.round(ordersPerSecond / base * 100) / 100.0);
        }
    }

    /**
     * The after-commit work (pipeline, payment, fulfillment orders, emails) left when the load stopped and how long
     * it took to finish: {@code backlogAtEnd} unfinished event publications, {@code drainSeconds} until none was left,
     * and {@code ordersPerSecond} end to end: orders captured from the scenario's start (its warm-up included)
     * divided by the time from that start until the last of them was processed.
     */
    record Processing(long backlogAtEnd, double drainSeconds, double ordersPerSecond) {
    }

    record Reads(double requestsPerSecond, Latencies.Summary latencyMs, Map<String, Long> outcomes) {
    }

    record OrderList(Long ordersInDatabase, List<ListBench.Query> queries) {
    }
}
