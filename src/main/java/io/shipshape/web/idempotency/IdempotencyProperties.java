package io.shipshape.web.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code shipshape.idempotency.*}: how long keys are kept, and when an in-flight claim counts as abandoned. */
@ConfigurationProperties("shipshape.idempotency")
record IdempotencyProperties(@DefaultValue("24h") Duration retention, @DefaultValue("60s") Duration inFlightTimeout,
                             @DefaultValue("1048576") int maxBodyBytes) {
}
