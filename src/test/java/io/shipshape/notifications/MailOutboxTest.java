package io.shipshape.notifications;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.shipshape.ApiClient;
import io.shipshape.orders.OrderManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Without {@code spring.mail.host}, emails are written as .eml files under the data directory, and the timeline says so. */
@SpringBootTest(properties = {"shipshape.notifications.enabled=true", "shipshape.data-dir=target/mail-outbox-test",
        "shipshape.notifications.retry-every=1h"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MailOutboxTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    NotificationManagement notifications;
    @Autowired
    OrderManagement orders;

    @Test
    void withoutAMailServerTheEmailIsWrittenToTheOutboxFolder() throws Exception {
        assertThat(notifications.hasMailServer()).isFalse();
        PlacedOrder order = PlacedOrder.place(ApiClient.admin(mvc));

        await().atMost(Duration.ofSeconds(15)).until(() -> notifications.sendsOf(order.id()).stream()
                .anyMatch(s -> s.status().equals("WRITTEN")));
        SendRecord written = notifications.sendsOf(order.id()).get(0);
        Path file = Path.of(written.outboxFile());
        assertThat(file).startsWith(Path.of("target/mail-outbox-test/mail-outbox")).exists();
        String eml = Files.readString(file);
        assertThat(eml).contains("Subject: Thank you for your order " + order.number(), "To: " + order.email(),
                "text/plain", "text/html", "/track/" + order.token());
        try (var stream = Files.list(file.getParent())) { // the folder outlives test runs: find this order's files
            assertThat(stream.filter(p -> read(p).contains("/track/" + order.token()))).containsExactly(file);
        }
        assertThat(orders.timeline(order.id())).filteredOn(e -> e.type().equals("EMAIL")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("written to", "no mail server configured"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
