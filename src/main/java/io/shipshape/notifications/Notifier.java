package io.shipshape.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderView;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.ShipshapeProperties;
import io.shipshape.shared.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one customer email at most once. The order: compose, claim the send-log row and COMMIT, then hand the
 * message to the server, then record the outcome (send log and order timeline) in one transaction. A redelivered
 * event finds the claimed row and does nothing; a crash between claim and outcome leaves the row SENDING, which is
 * never retried automatically, since the message may have left. A refused or unreachable server marks the row
 * FAILED with a next attempt; {@link #retryDue} takes it up. An email about no order (a reply on a case linked only
 * to a customer) goes the same way, with its send-log row as its only record.
 */
@Component
class Notifier {

    static final String ACTOR = "notifications";
    static final String TIMELINE_TYPE = "EMAIL";
    private static final Logger log = LoggerFactory.getLogger(Notifier.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final OrderManagement orders;
    private final SendLog sends;
    private final NotificationSettings settings;
    private final MailRenderer renderer;
    private final MailTransport transport;
    private final NotificationsProperties properties;
    private final ShipshapeProperties shipshape;
    private final IdGenerator ids;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    Notifier(OrderManagement orders, SendLog sends, NotificationSettings settings, MailRenderer renderer,
             MailTransport transport, NotificationsProperties properties, ShipshapeProperties shipshape,
             IdGenerator ids, Clock clock, PlatformTransactionManager transactions) {
        this.orders = orders;
        this.sends = sends;
        this.settings = settings;
        this.renderer = renderer;
        this.transport = transport;
        this.properties = properties;
        this.shipshape = shipshape;
        this.ids = ids;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Sends the email of this notice unless it was sent (or skipped) before; records the outcome. */
    void send(Notice notice) {
        if (!properties.enabled()) {
            return;
        }
        OrderView order = notice.orderId() == null ? null : orders.get(notice.orderId());
        String label = notice.type().label() + " email";
        String subject = notice.subject(order == null ? null : order.number());
        if (!settings.enabled(notice.type())) {
            SendLog.Row row = row(notice, order, subject, null, null);
            newTransaction.executeWithoutResult(tx -> {
                if (sends.claim(row, "SKIPPED", now()) && order != null) {
                    orders.record(order.id(), TIMELINE_TYPE, label + " not sent: switched off in Settings > "
                            + "Customer emails", ACTOR);
                }
            });
            return;
        }
        MailFacts.Order facts = order == null ? null : MailFacts.Order.of(order);
        MailRenderer.Rendered mail = renderer.render(notice.type(), subject, facts,
                order == null ? null : trackingUrl(order.trackingToken()), properties.shopName(), notice.partial(),
                notice.facts().apply(facts));
        SendLog.Row row = row(notice, order, mail.subject(), mail.html(), mail.text());
        Boolean claimed = newTransaction.execute(tx -> sends.claim(row, "SENDING", now()));
        if (!Boolean.TRUE.equals(claimed)) {
            log.debug("{} {} was handled before ({}); not sent again", label, about(row), row.dedupKey());
            return;
        }
        attempt(row);
    }

    /** Retries failed sends that are due; returns how many were attempted. */
    int retryDue() {
        int attempted = 0;
        for (UUID id : sends.due(now(), 100)) {
            Optional<SendLog.Row> taken = newTransaction.execute(tx -> sends.takeForRetry(id, now()));
            if (taken != null && taken.isPresent()) {
                attempt(taken.get());
                attempted++;
            }
        }
        return attempted;
    }

    String trackingUrl(String token) {
        String base = shipshape.publicBaseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/track/" + token;
    }

    /** One attempt at a claimed row (status SENDING), and its outcome recorded. */
    private void attempt(SendLog.Row row) {
        String label = row.type().label() + " email";
        String file = FILE_TIME.format(now()) + "-" + (row.orderNumber() == null ? "no-order"
                : row.orderNumber().replaceAll("[^A-Za-z0-9-]", "_")) + "-" + row.type().template() + "-" + row.id()
                + ".eml";
        MailTransport.Delivery delivery;
        try {
            delivery = transport.deliver(row.id(), row.recipient(), row.subject(), row.html(), row.text(), file);
        } catch (Exception e) {
            failed(row, label, e);
            return;
        }
        newTransaction.executeWithoutResult(tx -> {
            if (delivery.toFolder()) {
                String where = shipshape.dataDir() + "/mail-outbox/" + delivery.file().getFileName();
                sends.delivered(row.id(), "WRITTEN", where, now());
                timeline(row, label + " to " + row.recipient() + " written to " + where
                        + " (no mail server configured: spring.mail.host is not set)");
            } else {
                sends.delivered(row.id(), "SENT", null, now());
                timeline(row, label + " sent to " + row.recipient() + ": \"" + row.subject() + "\""
                        + (row.attempts() > 1 ? " (attempt " + row.attempts() + ")" : ""));
            }
        });
    }

    private void failed(SendLog.Row row, String label, Exception e) {
        String error = describe(e);
        boolean giveUp = row.attempts() >= properties.maxAttempts();
        Instant next = giveUp ? null : now().plus(properties.backoffAfter(row.attempts()));
        log.warn("{} {} failed (attempt {} of {}): {}", label, about(row), row.attempts(),
                properties.maxAttempts(), error);
        newTransaction.executeWithoutResult(tx -> {
            sends.failed(row.id(), error, next, now());
            timeline(row, label + " to " + row.recipient() + " failed (attempt " + row.attempts() + " of "
                    + properties.maxAttempts() + "): " + error + (giveUp ? "; gave up" : "; will retry at " + next));
        });
    }

    /** Records the outcome on the order's timeline; an email about no order has only its send-log row. */
    private void timeline(SendLog.Row row, String message) {
        if (row.orderId() != null) {
            orders.record(row.orderId(), TIMELINE_TYPE, message, ACTOR);
        }
    }

    private static String about(SendLog.Row row) {
        return row.orderNumber() != null ? "for order " + row.orderNumber() : "to " + row.recipient();
    }

    /** The send-log row: to the notice's recipient, else the order's customer. */
    private SendLog.Row row(Notice notice, OrderView order, String subject, String html, String text) {
        String to = notice.recipient() != null ? notice.recipient() : order.customer().email();
        return new SendLog.Row(ids.next(), notice.dedupKey(), order == null ? null : order.id(),
                order == null ? null : order.number(), notice.type(), to, subject, html, text, 1);
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getClass().getSimpleName() + ": " + e.getMessage()
                + (root != e ? " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")" : "");
        return message.length() <= 500 ? message : message.substring(0, 500);
    }

    private Instant now() {
        return Times.now(clock);
    }
}
