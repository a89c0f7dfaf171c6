package io.shipshape.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderManagement;
import io.shipshape.shared.Times;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications module's entry point: the per-type switches, previews, the send log, the retry of failed
 * sends, and the public tracking page's view of an order. Emails themselves are sent by the module's listeners.
 */
@Service
@EnableConfigurationProperties(NotificationsProperties.class)
public class NotificationManagement {

    private final NotificationSettings settings;
    private final SendLog sends;
    private final Notifier notifier;
    private final Previews previews;
    private final TrackingReader tracking;
    private final OrderManagement orders;
    private final MailTransport transport;
    private final NotificationsProperties properties;
    private final Clock clock;

    NotificationManagement(NotificationSettings settings, SendLog sends, Notifier notifier, Previews previews,
                           TrackingReader tracking, OrderManagement orders, MailTransport transport,
                           NotificationsProperties properties, Clock clock) {
        this.settings = settings;
        this.sends = sends;
        this.notifier = notifier;
        this.previews = previews;
        this.tracking = tracking;
        this.orders = orders;
        this.transport = transport;
        this.properties = properties;
        this.clock = clock;
    }

    /** Every email type with its switch. */
    public List<NotificationSetting> settings() {
        return settings.all();
    }

    @Transactional
    public void setEnabled(NotificationType type, boolean enabled, String actor) {
        settings.set(type, enabled, actor, Times.now(clock));
    }

    /**
     * The email of this type as it would be sent for the order with this number, or for a sample order when
     * {@code orderNumber} is blank. An unknown number is a {@code not-found} problem.
     */
    public Preview preview(NotificationType type, String orderNumber) {
        if (orderNumber == null || orderNumber.isBlank()) {
            return previews.of(type, null);
        }
        return previews.of(type, orders.getByNumber(orderNumber.strip()));
    }

    /** The newest entries of the send log. */
    public List<SendRecord> recentSends(int limit) {
        return sends.recent(Math.max(1, Math.min(limit, 200)));
    }

    public List<SendRecord> sendsOf(OrderId orderId) {
        return sends.ofOrder(orderId);
    }

    /**
     * Attempts every failed send whose backoff has passed (the retry job calls this every
     * {@code shipshape.notifications.retry-every}); returns how many were attempted.
     */
    public int retryDue() {
        return notifier.retryDue();
    }

    /** Whether a mail server is configured; without one, emails go to {@link #outboxFolder()}. */
    public boolean hasMailServer() {
        return transport.hasMailServer();
    }

    /** The shop's name as customers see it in emails and on the tracking page. */
    public String shopName() {
        return properties.shopName();
    }

    public String outboxFolder() {
        return transport.outbox().toString();
    }

    /** The public tracking page's view of the order with this token; empty for any unknown token. */
    public Optional<TrackingView> track(String token) {
        return tracking.track(token);
    }
}
