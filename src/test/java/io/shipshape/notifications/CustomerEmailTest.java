package io.shipshape.notifications;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.shipshape.ApiClient;
import io.shipshape.Race;
import io.shipshape.fulfillment.FulfillmentDelivered;
import io.shipshape.fulfillment.FulfillmentId;
import io.shipshape.fulfillment.FulfillmentShipped;
import io.shipshape.fulfillment.ReadyForPickup;
import io.shipshape.orders.Channel;
import io.shipshape.orders.OrderEvents.OrderCancelled;
import io.shipshape.orders.OrderEvents.OrderPlaced;
import io.shipshape.orders.OrderFixtures;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.TimelineEntry;
import io.shipshape.payments.PaymentEvents.RefundCreated;
import io.shipshape.shared.Money;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Customer emails through a real SMTP server (GreenMail): one test per email type with its recipient, subject,
 * tracking link and both parts, and the guarantees: one email per event however often it is delivered (also when
 * deliveries race), a failed send retried, a switched-off type skipped and recorded. Events of modules whose
 * producers are built elsewhere are published here in a transaction, as their modules do. The case reply, which
 * the returns module sends for real here, has its own tests in {@link CaseReplyEmailTest}.
 */
class CustomerEmailTest extends MailTestContext {

    @Autowired
    MockMvc mvc;
    @Autowired
    NotificationManagement notifications;
    @Autowired
    OrderManagement orders;
    @Autowired
    OrderNotificationListener listener;
    @Autowired
    Notifier notifier;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    @Test
    void orderConfirmationGoesToTheCustomerWithTheTrackingLinkInHtmlAndText() throws Exception {
        PlacedOrder order = place();
        MimeMessage mail = MAIL.awaitOne(order.email());

        assertThat(mail.getSubject()).isEqualTo("Thank you for your order " + order.number());
        assertThat(mail.getFrom()[0].toString()).contains("orders@shipshape.local");
        assertThat(order.trackingUrl()).isEqualTo("https://shop.example.com/track/" + order.token());
        String html = Mailbox.part(mail, "text/html");
        String text = Mailbox.part(mail, "text/plain");
        assertThat(html).contains("href=\"" + order.trackingUrl() + "\"", order.number(), order.productName(),
                "20.00 USD", "Hi <span>Jane</span>");
        assertThat(text).contains(order.trackingUrl(), order.number(), "2 x " + order.productName(), "Tax: 3.80 USD",
                "Total: 23.80 USD");
        assertThat(mail.getHeader("Message-ID")[0]).endsWith("@shipshape>");

        awaitSend(order, NotificationType.ORDER_CONFIRMATION, "SENT");
        assertThat(emailTimeline(order)).singleElement().satisfies(e -> assertThat(e.message())
                .isEqualTo("Order confirmation email sent to " + order.email() + ": \"" + mail.getSubject() + "\""));
    }

    @Test
    void redeliveringOrderPlacedSendsNothingMore() throws Exception {
        PlacedOrder order = place();
        MAIL.awaitOne(order.email());
        awaitSend(order, NotificationType.ORDER_CONFIRMATION, "SENT");

        OrderPlaced again = new OrderPlaced(order.id(), order.number(), Channel.WEB, null, null, List.of());
        listener.on(again);
        listener.on(again);
        notifier.send(Notice.of(NotificationType.ORDER_CONFIRMATION, order.id(), "placed"));

        await().pollDelay(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(MAIL.to(order.email())).hasSize(1);
        assertThat(notifications.sendsOf(order.id())).hasSize(1);
        assertThat(emailTimeline(order)).hasSize(1);
    }

    @Test
    void racingDeliveriesOfOneEventSendOneEmail() throws Exception {
        PlacedOrder order = place();
        MAIL.awaitOne(order.email());
        Notice delivered = Notice.of(NotificationType.DELIVERED, order.id(), UUID.randomUUID().toString());
        List<Callable<Boolean>> calls = java.util.stream.IntStream.range(0, 6)
                .<Callable<Boolean>>mapToObj(i -> () -> {
                    notifier.send(delivered);
                    return true;
                }).toList();

        Race.run(calls, 6);

        String subject = "Your order " + order.number() + " has been delivered";
        MAIL.awaitSubject(order.email(), subject);
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(MAIL.count(order.email(), subject)).isEqualTo(1);
        assertThat(notifications.sendsOf(order.id())).filteredOn(s -> s.type() == NotificationType.DELIVERED).hasSize(1);
    }

    @Test
    void shippedEmailNamesTheCarrierWithItsTrackingLinkOncePerShipment() throws Exception {
        PlacedOrder order = place();
        FulfillmentShipped shipped = new FulfillmentShipped(new FulfillmentId(UUID.randomUUID()), order.id(),
                order.number(), "WH-1", "DHL", "JJD0099887766", "https://carrier.example/track?id=JJD0099887766",
                List.of(new FulfillmentShipped.Line(order.sku(), 2)));
        publish(shipped);
        publish(shipped); // the same event published twice: one email

        String subject = "Your order " + order.number() + " is on its way";
        MimeMessage mail = MAIL.awaitSubject(order.email(), subject);
        String html = Mailbox.part(mail, "text/html");
        String text = Mailbox.part(mail, "text/plain");
        assertThat(html).contains("DHL", "JJD0099887766", "href=\"https://carrier.example/track?id=JJD0099887766\"",
                "href=\"" + order.trackingUrl() + "\"", order.productName());
        assertThat(text).contains("DHL", "https://carrier.example/track?id=JJD0099887766", order.trackingUrl(),
                "2 x " + order.productName());
        awaitSend(order, NotificationType.SHIPPED, "SENT");
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(MAIL.count(order.email(), subject)).isEqualTo(1);
    }

    @Test
    void deliveredEmail() throws Exception {
        PlacedOrder order = place();
        publish(new FulfillmentDelivered(new FulfillmentId(UUID.randomUUID()), order.id(), order.number(), "WH-1",
                "DHL", "JJD1"));

        MimeMessage mail = MAIL.awaitSubject(order.email(), "Your order " + order.number() + " has been delivered");
        assertThat(Mailbox.part(mail, "text/html")).contains("has reached you", "href=\"" + order.trackingUrl() + "\"");
        assertThat(Mailbox.part(mail, "text/plain")).contains("has reached you", order.trackingUrl());
    }

    @Test
    void readyForPickupEmailGivesTheStoreAndItsAddress() throws Exception {
        PlacedOrder order = place();
        String store = new OrderFixtures(ApiClient.admin(mvc)).store(1, "DE");
        publish(new ReadyForPickup(new FulfillmentId(UUID.randomUUID()), order.id(), order.number(), store));

        MimeMessage mail = MAIL.awaitSubject(order.email(), "Your order " + order.number() + " is ready for pickup");
        assertThat(Mailbox.part(mail, "text/html")).contains("STORE " + store, "1 Dock Road", "12345 Harbour",
                "photo ID", "href=\"" + order.trackingUrl() + "\"");
        assertThat(Mailbox.part(mail, "text/plain")).contains("STORE " + store, "1 Dock Road", order.trackingUrl());
    }

    @Test
    void partialAndWholeCancellationEachGetTheirEmail() throws Exception {
        PlacedOrder order = place();
        OrderCancelled partial = new OrderCancelled(order.id(), order.number(), false, Money.of(1000, "USD"),
                List.of(new OrderCancelled.CancelledLine(order.sku(), 1)), "supplier short", "staff-anna");
        publish(partial);
        publish(partial);

        MimeMessage first = MAIL.awaitSubject(order.email(), "Part of your order " + order.number() + " has been cancelled");
        String html = Mailbox.part(first, "text/html");
        assertThat(html).contains(order.productName(), "× 1", "10.00 USD", "href=\"" + order.trackingUrl() + "\"")
                .doesNotContain("staff-anna");
        assertThat(Mailbox.part(first, "text/plain")).contains("1 x " + order.productName(), "10.00 USD",
                order.trackingUrl());

        publish(new OrderCancelled(order.id(), order.number(), true, Money.of(1000, "USD"),
                List.of(new OrderCancelled.CancelledLine(order.sku(), 1)), "customer asked", "staff-anna"));
        MimeMessage whole = MAIL.awaitSubject(order.email(), "Your order " + order.number() + " has been cancelled");
        assertThat(Mailbox.part(whole, "text/plain")).contains("your order " + order.number() + " has been cancelled");
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(notifications.sendsOf(order.id())).filteredOn(s -> s.type() == NotificationType.CANCELLED)
                .hasSize(2);
    }

    @Test
    void refundEmailOncePerRefund() throws Exception {
        PlacedOrder order = place();
        RefundCreated refund = new RefundCreated(UUID.randomUUID(), order.id(), Money.of(1250, "USD"), "damaged");
        publish(refund);
        publish(refund);

        String subject = "A refund for your order " + order.number();
        MimeMessage mail = MAIL.awaitSubject(order.email(), subject);
        assertThat(Mailbox.part(mail, "text/html")).contains("12.50 USD", "href=\"" + order.trackingUrl() + "\"");
        assertThat(Mailbox.part(mail, "text/plain")).contains("12.50 USD", order.trackingUrl());
        awaitSend(order, NotificationType.REFUNDED, "SENT");
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(MAIL.count(order.email(), subject)).isEqualTo(1);
    }

    @Test
    void aSwitchedOffTypeIsNotSentAndTheTimelineSaysSo() throws Exception {
        PlacedOrder order = place();
        MAIL.awaitOne(order.email());
        notifications.setEnabled(NotificationType.DELIVERED, false, "test");
        try {
            publish(new FulfillmentDelivered(new FulfillmentId(UUID.randomUUID()), order.id(), order.number(), "WH-1",
                    null, null));
            awaitSend(order, NotificationType.DELIVERED, "SKIPPED");
            assertThat(emailTimeline(order)).anyMatch(e -> e.message()
                    .equals("Delivered email not sent: switched off in Settings > Customer emails"));
            assertThat(MAIL.to(order.email())).hasSize(1); // the confirmation only
        } finally {
            notifications.setEnabled(NotificationType.DELIVERED, true, "test");
        }
        assertThat(notifications.settings()).filteredOn(s -> s.type() == NotificationType.DELIVERED)
                .singleElement().satisfies(s -> assertThat(s.enabled()).isTrue());
    }

    @Test
    void aFailedSendIsRetriedAndThenSentOnce() throws Exception {
        MAIL.stop();
        PlacedOrder order;
        try {
            order = place();
            awaitSend(order, NotificationType.ORDER_CONFIRMATION, "FAILED");
        } finally {
            MAIL.start();
        }
        SendRecord failed = notifications.sendsOf(order.id()).get(0);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.nextAttemptAt()).isNotNull();
        assertThat(failed.lastError()).isNotBlank();
        assertThat(emailTimeline(order)).singleElement().satisfies(e -> assertThat(e.message())
                .startsWith("Order confirmation email to " + order.email() + " failed (attempt 1 of 8)"));

        assertThat(notifications.retryDue()).isGreaterThanOrEqualTo(1);
        MAIL.awaitOne(order.email());
        SendRecord sent = notifications.sendsOf(order.id()).get(0);
        assertThat(sent.status()).isEqualTo("SENT");
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(emailTimeline(order)).last().satisfies(e -> assertThat(e.message()).endsWith("(attempt 2)"));

        notifications.retryDue();
        assertThat(MAIL.to(order.email())).hasSize(1);
    }

    private PlacedOrder place() throws Exception {
        return PlacedOrder.place(ApiClient.admin(mvc));
    }

    private void publish(Object event) {
        tx.executeWithoutResult(s -> events.publishEvent(event));
    }

    private void awaitSend(PlacedOrder order, NotificationType type, String status) {
        await().atMost(Duration.ofSeconds(15)).until(() -> notifications.sendsOf(order.id()).stream()
                .anyMatch(s -> s.type() == type && s.status().equals(status)));
    }

    private List<TimelineEntry> emailTimeline(PlacedOrder order) {
        return orders.timeline(order.id()).stream().filter(e -> e.type().equals("EMAIL")).toList();
    }
}
