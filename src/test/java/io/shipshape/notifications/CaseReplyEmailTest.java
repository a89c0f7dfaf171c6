package io.shipshape.notifications;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.orders.OrderFixtures;
import io.shipshape.orders.OrderManagement;
import io.shipshape.returns.CaseEvents.CaseReplied;
import io.shipshape.returns.CaseId;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case reply email, driven through the cases API as staff use it: a reply reaches the case's customer once with
 * the message, the tracking link and a timeline row when the case is about an order; a case without an order is
 * emailed and logged without them (also after a failed attempt); an internal note sends nothing; the type switched
 * off sends nothing and says so.
 */
class CaseReplyEmailTest extends MailTestContext {

    static final String SUBJECT = "Where is my parcel?";

    @Autowired
    MockMvc mvc;
    @Autowired
    NotificationManagement notifications;
    @Autowired
    OrderManagement orders;
    @Autowired
    CaseNotificationListener listener;

    @Test
    void staffReplyOnACaseAboutAnOrderEmailsItsCustomerOnceWithTheMessageAndTheTrackingLink() throws Exception {
        PlacedOrder order = PlacedOrder.place(api());
        MAIL.awaitOne(order.email()); // the order confirmation
        String caseId = open(order.id().toString(), null);
        String messageId = message(caseId, "Your parcel left us this morning.\n\nIt should reach you on Friday.",
                false);

        String subject = "Re: " + SUBJECT + " (order " + order.number() + ")";
        MimeMessage mail = MAIL.awaitSubject(order.email(), subject);
        String html = Mailbox.part(mail, "text/html");
        String text = Mailbox.part(mail, "text/plain").replace("\r\n", "\n");
        String author = JsonPath.read(api().get("/api/v1/cases/{id}", caseId).andReturn().getResponse()
                .getContentAsString(), "$.messages[1].author");
        assertThat(html).contains("Hi <span>Jane</span>", "Your parcel left us this morning.",
                "It should reach you on Friday.", "href=\"" + order.trackingUrl() + "\"",
                "href=\"" + order.trackingUrl() + "/contact\"").doesNotContain(author, "It has been a week");
        assertThat(text).contains("Your parcel left us this morning.\n\nIt should reach you on Friday.",
                "Track your order: " + order.trackingUrl()).doesNotContain(author);
        awaitSend(order, "SENT");
        assertThat(orders.timeline(order.id())).filteredOn(e -> e.type().equals("EMAIL"))
                .anyMatch(e -> e.message().equals("Case reply email sent to " + order.email() + ": \"" + subject
                        + "\""));

        // The same reply delivered again sends nothing more.
        CaseReplied again = new CaseReplied(new CaseId(UUID.fromString(caseId)), order.id(), order.number(),
                order.email(), SUBJECT, "Your parcel left us this morning.", author, UUID.fromString(messageId));
        listener.on(again);
        listener.on(again);
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(MAIL.count(order.email(), subject)).isEqualTo(1);
        assertThat(notifications.sendsOf(order.id())).filteredOn(s -> s.type() == NotificationType.CASE_REPLY)
                .hasSize(1);
    }

    @Test
    void aCaseWithoutAnOrderIsAnsweredAtItsEmailAndAnInternalNoteSendsNothing() throws Exception {
        String email = OrderFixtures.uniqueEmail("asker");
        String caseId = open(null, email);
        message(caseId, "Customer sounds upset, check the courier first", true);
        message(caseId, "We are sorry for the wait: a new parcel is on its way.", false);

        MimeMessage mail = MAIL.awaitSubject(email, "Re: " + SUBJECT);
        String html = Mailbox.part(mail, "text/html");
        assertThat(html).contains("Hello,", "a new parcel is on its way.", "because you contacted <span>Shipshape")
                .doesNotContain("sounds upset", "/track/", "Track your order");
        assertThat(Mailbox.part(mail, "text/plain")).contains("a new parcel is on its way.")
                .doesNotContain("sounds upset", "/track/");
        await().atMost(Duration.ofSeconds(15)).until(() -> sendsTo(email).stream()
                .anyMatch(s -> s.status().equals("SENT")));
        await().pollDelay(Duration.ofMillis(1000)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(MAIL.to(email)).hasSize(1);
        assertThat(sendsTo(email)).singleElement().satisfies(s -> {
            assertThat(s.type()).isEqualTo(NotificationType.CASE_REPLY);
            assertThat(s.orderId()).isNull();
            assertThat(s.orderNumber()).isNull();
        });
    }

    @Test
    void aFailedReplyWithoutAnOrderIsRetriedAndSentOnce() throws Exception {
        String email = OrderFixtures.uniqueEmail("asker");
        String caseId = open(null, email);
        MAIL.stop();
        try {
            message(caseId, "Here is your voucher code.", false);
            await().atMost(Duration.ofSeconds(15)).until(() -> sendsTo(email).stream()
                    .anyMatch(s -> s.status().equals("FAILED")));
        } finally {
            MAIL.start();
        }
        assertThat(notifications.retryDue()).isGreaterThanOrEqualTo(1);
        MAIL.awaitSubject(email, "Re: " + SUBJECT);
        assertThat(sendsTo(email)).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo("SENT");
            assertThat(s.attempts()).isEqualTo(2);
        });
        notifications.retryDue();
        assertThat(MAIL.to(email)).hasSize(1);
    }

    @Test
    void aSwitchedOffCaseReplyIsNotSentAndTheTimelineSaysSo() throws Exception {
        PlacedOrder order = PlacedOrder.place(api());
        MAIL.awaitOne(order.email());
        notifications.setEnabled(NotificationType.CASE_REPLY, false, "test");
        try {
            message(open(order.id().toString(), null), "We are looking into it.", false);
            awaitSend(order, "SKIPPED");
            assertThat(orders.timeline(order.id())).anyMatch(e -> e.type().equals("EMAIL")
                    && e.message().equals("Case reply email not sent: switched off in Settings > Customer emails"));
            assertThat(MAIL.to(order.email())).hasSize(1); // the confirmation only
        } finally {
            notifications.setEnabled(NotificationType.CASE_REPLY, true, "test");
        }
    }

    @Test
    void aCaseStaffOpenEmailsItsFirstMessageToTheCustomerButOneTheCustomerOpensIsNotEchoed() throws Exception {
        PlacedOrder order = PlacedOrder.place(api());
        MAIL.awaitOne(order.email()); // the order confirmation
        String caseId = JsonPath.read(api().post("/api/v1/cases", OrderFixtures.json(Map.of("orderId",
                        order.id().toString(), "subject", "Your parcel is delayed",
                        "message", "The courier lost a day; your parcel arrives on Monday.")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

        MimeMessage mail = MAIL.awaitSubject(order.email(), "Re: Your parcel is delayed (order " + order.number()
                + ")");
        assertThat(Mailbox.part(mail, "text/html")).contains("The courier lost a day; your parcel arrives on Monday.",
                "href=\"" + order.trackingUrl() + "\"");
        awaitSend(order, "SENT");
        // A later staff reply is a second email; the opening one is not sent again.
        message(caseId, "It is on the van now.", false);
        String subject = "Re: Your parcel is delayed (order " + order.number() + ")";
        await().atMost(Duration.ofSeconds(15)).until(() -> MAIL.count(order.email(), subject) == 2);

        // The customer's own question, from the tracking page or relayed by the API, is not emailed back to them.
        String email = OrderFixtures.uniqueEmail("asker");
        api().post("/api/v1/cases", OrderFixtures.json(Map.of("customerEmail", email, "subject", SUBJECT,
                "message", "It has been a week.", "fromCustomer", true))).andExpect(status().isCreated());
        String staffOpened = JsonPath.read(api().post("/api/v1/cases", OrderFixtures.json(Map.of(
                        "customerEmail", email, "subject", "Your voucher", "message", "Here is a voucher.")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        MAIL.awaitSubject(email, "Re: Your voucher");
        await().pollDelay(Duration.ofMillis(1000)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(MAIL.to(email)).as("only the staff-opened case's message").hasSize(1);
        assertThat(sendsTo(email)).singleElement().satisfies(s -> assertThat(s.subject()).isEqualTo("Re: Your voucher"));
        assertThat(staffOpened).isNotBlank();
    }

    private ApiClient api() {
        return ApiClient.admin(mvc);
    }

    /**
     * Opens a case with the customer's question relayed (fromCustomer: not emailed back to them): about the order
     * (its customer's email) or only with an email; answers its id.
     */
    private String open(String orderId, String email) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("subject", SUBJECT, "message", "It has been a week.",
                "fromCustomer", true));
        if (orderId != null) {
            body.put("orderId", orderId);
        }
        if (email != null) {
            body.put("customerEmail", email);
        }
        return JsonPath.read(api().post("/api/v1/cases", OrderFixtures.json(body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    /** A staff message: a reply to the customer, or an internal note; answers the message's id. */
    private String message(String caseId, String text, boolean internal) throws Exception {
        return JsonPath.read(api().post("/api/v1/cases/" + caseId + "/messages",
                        OrderFixtures.json(Map.of("text", text, "internal", internal)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private List<SendRecord> sendsTo(String email) {
        return notifications.recentSends(200).stream().filter(s -> s.recipient().equals(email)).toList();
    }

    private void awaitSend(PlacedOrder order, String status) {
        await().atMost(Duration.ofSeconds(15)).until(() -> notifications.sendsOf(order.id()).stream()
                .anyMatch(s -> s.type() == NotificationType.CASE_REPLY && s.status().equals(status)));
    }
}
