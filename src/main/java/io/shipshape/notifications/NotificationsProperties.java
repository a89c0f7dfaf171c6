package io.shipshape.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code shipshape.notifications.*}. {@code enabled=false} turns customer emails off for the whole installation
 * (the listeners then do nothing at all: no send log, no timeline); per-type switches are staff settings in the
 * back office. A failed send is retried after {@code retryBackoff}, doubling up to {@code retryMaxBackoff}, at most
 * {@code maxAttempts} times in all; {@code retryEvery} is how often the retry job looks.
 */
@ConfigurationProperties("shipshape.notifications")
public record NotificationsProperties(@DefaultValue("true") boolean enabled,
                                      @DefaultValue("Shipshape <orders@shipshape.local>") String from,
                                      @DefaultValue("Shipshape") String shopName,
                                      @DefaultValue("1m") Duration retryBackoff,
                                      @DefaultValue("1h") Duration retryMaxBackoff,
                                      @DefaultValue("8") int maxAttempts,
                                      @DefaultValue("30s") Duration retryEvery) {

    /** How long to wait after the {@code attempts}-th failed attempt. */
    Duration backoffAfter(int attempts) {
        Duration wait = retryBackoff;
        for (int i = 1; i < attempts && wait.compareTo(retryMaxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(retryMaxBackoff) > 0 ? retryMaxBackoff : wait;
    }
}
