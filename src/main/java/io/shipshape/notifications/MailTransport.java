package io.shipshape.notifications;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.UUID;

import io.shipshape.shared.ShipshapeProperties;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Hands a composed email to the mail server ({@code spring.mail.host}; Boot creates the {@link JavaMailSender}
 * only when it is set) or, without one, writes it as an {@code .eml} file under
 * {@code <shipshape.data-dir>/mail-outbox/}, so a laptop installation loses no email and shows what it would send.
 * Every message is multipart/alternative (text and HTML) and carries a Message-ID derived from its send-log id.
 * <p>
 * Sending is on the path of every order (the confirmation), so the message is built with Jakarta Mail directly and
 * cheaply: Spring's {@code MimeMessageHelper} reads {@code mime.types} from the class path for every message it
 * wraps, and Jakarta Mail looks its stream provider up with a {@code ServiceLoader} scan of every jar for every body
 * part unless the system property names it; together they cost more CPU than capturing the order (profiled under
 * the benchmark).
 */
@Component
class MailTransport {

    static {
        // Jakarta Mail's FactoryFinder tries this property before its ServiceLoader scan; Angus Mail is the provider.
        if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
            System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    /** Where a message went: {@code file} is set when it was written to the outbox folder. */
    record Delivery(Path file) {
        boolean toFolder() {
            return file != null;
        }
    }

    private final ObjectProvider<JavaMailSender> sender;
    /**
     * The session of outbox messages, made once: a JavaMail session reads its provider files from every jar of
     * the class path when created, which per message cost more CPU than capturing the order did.
     */
    private final Session outboxSession = Session.getInstance(new Properties());
    private final Path outbox;
    private final NotificationsProperties properties;

    MailTransport(ObjectProvider<JavaMailSender> sender, ShipshapeProperties shipshape,
                  NotificationsProperties properties) {
        this.sender = sender;
        this.outbox = Path.of(shipshape.dataDir(), "mail-outbox");
        this.properties = properties;
    }

    boolean hasMailServer() {
        return sender.getIfAvailable() != null;
    }

    Path outbox() {
        return outbox;
    }

    /** Sends (or writes) the message; throws when the server refuses it or cannot be reached. */
    Delivery deliver(UUID sendId, String to, String subject, String html, String text, String fileName)
            throws MessagingException, IOException {
        JavaMailSender mail = sender.getIfAvailable();
        MimeMessage message = mail != null ? new StableIdMessage(mail.createMimeMessage(), sendId)
                : new StableIdMessage(new MimeMessage(outboxSession), sendId);
        message.setFrom(new InternetAddress(properties.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", plain, rich)); // the last part is the preferred one
        if (mail != null) {
            mail.send(message);
            return new Delivery(null);
        }
        Files.createDirectories(outbox);
        Path file = outbox.resolve(fileName);
        Path temp = Files.createTempFile(outbox, ".sending-", ".tmp");
        message.saveChanges();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) { // the encoders write bytes
            message.writeTo(out);
        }
        // Move into place only when complete, so a reader of the folder never sees half a message.
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Delivery(file);
    }

    /** Keeps the Message-ID of a send stable across retries, so a mail client can drop a duplicate. */
    private static final class StableIdMessage extends MimeMessage {
        private final UUID id;

        StableIdMessage(MimeMessage base, UUID id) throws MessagingException {
            super(base.getSession());
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + id + "@shipshape>");
        }
    }
}
