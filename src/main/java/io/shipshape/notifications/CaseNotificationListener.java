package io.shipshape.notifications;

import java.util.Map;

import io.shipshape.returns.CaseEvents.CaseReplied;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * The case reply email: staff's answer on a customer's case, or the first message of a case staff opened, to the
 * case's email address (which need not be the order's), once per message. The returns module publishes {@link CaseReplied} only for customer-visible staff
 * messages, never for internal notes. A case about an order links its tracking page and is recorded on the order's
 * timeline; a case linked only to a customer is an email about no order, recorded in the send log alone.
 */
@Component
class CaseNotificationListener {

    private final Notifier notifier;

    CaseNotificationListener(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CaseReplied event) {
        MailFacts.Reply reply = MailFacts.Reply.of(event.subject(), event.text());
        notifier.send(new Notice(NotificationType.CASE_REPLY, event.orderId(),
                "case:" + event.caseId() + ":" + event.messageId(), false, order -> Map.of("reply", reply),
                event.customerEmail(), event.subject()));
    }
}
