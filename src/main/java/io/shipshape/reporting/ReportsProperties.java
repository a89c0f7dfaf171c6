package io.shipshape.reporting;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code shipshape.reporting.*}: the shipping SLA that {@code onTimeShipRate} measures against (default 48 h). */
@ConfigurationProperties("shipshape.reporting")
public record ReportsProperties(Duration shipSla) {

    public ReportsProperties {
        shipSla = shipSla == null ? Duration.ofHours(48) : shipSla;
    }
}
