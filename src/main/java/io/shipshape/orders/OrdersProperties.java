package io.shipshape.orders;


import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code shipshape.orders.*}: the prefix of human order numbers; whether concurrent captures are grouped into one
 * transaction ({@code capture-batching}, see {@link CaptureQueue}) and how many at most
 * ({@code capture-batch-size}).
 */
@ConfigurationProperties("shipshape.orders")
record OrdersProperties(@DefaultValue("SO-") String numberPrefix, @DefaultValue("true") boolean captureBatching,
                        @DefaultValue("64") int captureBatchSize) {
}
