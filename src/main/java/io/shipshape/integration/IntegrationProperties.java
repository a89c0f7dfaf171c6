package io.shipshape.integration;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of events out. {@code pollInterval} is how often each stage (sequencer, webhook fan-out and delivery,
 * Kafka) looks for work when nothing woke it; a commit that stored events wakes the sequencer at once.
 * {@code workers=false} runs no background stage on this server (an API-only node): events are still stored, and
 * the servers that run the stages deliver them.
 */
@ConfigurationProperties("shipshape.integration")
record IntegrationProperties(@DefaultValue("1s") Duration pollInterval, @DefaultValue("500") int batchSize,
                             @DefaultValue("true") boolean workers) {

    /**
     * {@code shipshape.webhooks.*}. {@code allowPrivateTargets} lets every private target through;
     * {@code allowedTargets} lets only these through: CIDR ranges ({@code 127.0.0.0/8}, {@code fd00::/8}), single
     * addresses, or host names (matched exactly, case-insensitive).
     */
    @ConfigurationProperties("shipshape.webhooks")
    record Webhooks(@DefaultValue("false") boolean allowPrivateTargets,
                    @DefaultValue List<String> allowedTargets,
                    @DefaultValue("10s") Duration timeout,
                    // Standard Webhooks' schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h = 27.6 h of retries.
                    @DefaultValue({"5s", "5m", "30m", "2h", "5h", "10h", "10h"}) List<Duration> retryDelays,
                    @DefaultValue("5d") Duration disableAfter,
                    @DefaultValue("24h") Duration rotationOverlap,
                    @DefaultValue("8") int concurrency) {
    }

    /**
     * {@code shipshape.kafka.*}: publishing is on only when {@code bootstrapServers} is set. One topic for every
     * event (keyed by order id, so one order's events stay in one partition, in order).
     */
    @ConfigurationProperties("shipshape.kafka")
    record Kafka(String bootstrapServers, @DefaultValue("shipshape.events") String topic,
                 @DefaultValue("/shipshape") String source, @DefaultValue("10s") Duration sendTimeout) {
    }
}
