package io.shipshape.bench;

import java.util.Arrays;

/** A growable list of request latencies (nanoseconds) and the percentiles the report prints. */
final class Latencies {

    /** Milliseconds, rounded to 0.01; nearest-rank percentiles. */
    record Summary(long count, double p50, double p95, double p99, double max) {
    }

    private long[] values = new long[256];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    int size() {
        return size;
    }

    Summary summary() {
        if (size == 0) {
            return new Summary(0, 0, 0, 0, 0);
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return new Summary(size, ms(at(sorted, 0.50)), ms(at(sorted, 0.95)), ms(at(sorted, 0.99)),
                ms(sorted[size - 1]));
    }

    private static long at(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
