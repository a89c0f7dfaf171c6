package io.shipshape.notifications;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The Spring context of the tests that receive customer emails: notifications on, a real SMTP server (GreenMail),
 * failed sends due again at once when a test asks and the retry job out of the way. Every subclass runs in this one
 * context with this one mailbox, so each test uses its own customer emails.
 */
@SpringBootTest(properties = {"shipshape.notifications.enabled=true", "shipshape.notifications.retry-backoff=0s",
        "shipshape.notifications.retry-every=1h", "shipshape.public-base-url=https://shop.example.com"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class MailTestContext {

    static final Mailbox MAIL = new Mailbox();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        MAIL.register(registry);
    }
}
