package io.shipshape.notifications;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.springframework.test.context.DynamicPropertyRegistry;

import static org.awaitility.Awaitility.await;

/**
 * A real SMTP server (GreenMail) on a fixed free loopback port, so a test can stop it (the mail server is down) and
 * start it again on the same address. Messages are found by recipient: each test uses its own customer email.
 */
final class Mailbox {

    private final int port = freePort();
    private GreenMail server;

    Mailbox() {
        start();
    }

    void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    void stop() {
        server.stop();
    }

    void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "3000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "3000");
    }

    List<MimeMessage> to(String email) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> addressedTo(m, email)).toList();
    }

    /** Waits for the first message to this address and returns it. */
    MimeMessage awaitOne(String email) {
        await().atMost(Duration.ofSeconds(15)).until(() -> !to(email).isEmpty());
        return to(email).get(0);
    }

    /** Waits for a message to this address with this subject. */
    MimeMessage awaitSubject(String email, String subject) {
        await().atMost(Duration.ofSeconds(15)).until(() -> to(email).stream().anyMatch(m -> subject(m).equals(subject)));
        return to(email).stream().filter(m -> subject(m).equals(subject)).findFirst().orElseThrow();
    }

    long count(String email, String subject) {
        return to(email).stream().filter(m -> subject(m).equals(subject)).count();
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The content of the first part of this MIME type (text/plain, text/html), or null. */
    static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = part(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean addressedTo(MimeMessage m, String email) {
        try {
            return m.getRecipients(Message.RecipientType.TO) != null && Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
