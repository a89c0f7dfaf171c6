package io.shipshape.orders;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * Capture's meters, registered once: looking a meter up by name and tags on every order showed up in the profile
 * (5-8% of capture CPU), so the per-order ones are held per channel here, and the grouped path adds per-batch ones.
 * <ul>
 * <li>{@code shipshape_orders_captured_total{channel}}: orders accepted, by whichever path;</li>
 * <li>{@code shipshape_orders_capture_seconds{channel}}: latency of each accepted order, queueing included;</li>
 * <li>{@code shipshape_orders_capture_batch_size}: orders per grouped-capture batch (its distribution shows how
 * much grouping the load gives); {@code shipshape_orders_capture_batch_seconds{outcome}}: each batch's
 * transaction, {@code outcome="failed"} when it rolled back and its orders were placed one by one.</li>
 * </ul>
 */
@Component
class CaptureMetrics {

    private final Map<Channel, Counter> captured = new EnumMap<>(Channel.class);
    private final Map<Channel, Timer> latency = new EnumMap<>(Channel.class);
    private final DistributionSummary batchSize;
    private final Timer batchCommitted;
    private final Timer batchFailed;

    CaptureMetrics(MeterRegistry meters) {
        for (Channel channel : Channel.values()) {
            captured.put(channel, meters.counter("shipshape.orders.captured", "channel", channel.name()));
            latency.put(channel, meters.timer("shipshape.orders.capture", "channel", channel.name()));
        }
        batchSize = DistributionSummary.builder("shipshape.orders.capture.batch.size")
                .description("Orders per grouped-capture transaction").serviceLevelObjectives(1, 2, 4, 8, 16, 32, 64)
                .register(meters);
        batchCommitted = meters.timer("shipshape.orders.capture.batch", "outcome", "committed");
        batchFailed = meters.timer("shipshape.orders.capture.batch", "outcome", "failed");
    }

    void captured(Channel channel, long startNanos) {
        captured.get(channel).increment();
        latency.get(channel).record(System.nanoTime() - startNanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    void batch(int size, long startNanos, boolean committed) {
        batchSize.record(size);
        (committed ? batchCommitted : batchFailed).record(System.nanoTime() - startNanos,
                java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
