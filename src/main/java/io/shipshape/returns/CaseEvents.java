package io.shipshape.returns;

import java.util.UUID;

import io.shipshape.orders.OrderId;

/** Events of cases: small records of ids and facts, published in the transaction that made them. */
public final class CaseEvents {

    private CaseEvents() {
    }

    public record CaseOpened(CaseId caseId, OrderId orderId, String customerEmail, String subject, boolean byCustomer) {
    }

    /**
     * Staff answered the customer (a customer-visible message, never an internal note), or wrote the first message
     * of a case staff opened. Notifications emails
     * {@code text} to {@code customerEmail} when it is configured to. {@code orderId} and {@code orderNumber} are
     * null for a case linked only to a customer; {@code messageId} names the reply, so one reply is emailed once
     * however often the event is delivered, and two replies with the same words are two emails.
     */
    public record CaseReplied(CaseId caseId, OrderId orderId, String orderNumber, String customerEmail, String subject,
                              String text, String author, UUID messageId) {
    }

    public record CaseStatusChanged(CaseId caseId, OrderId orderId, CaseStatus from, CaseStatus to, String actor) {
    }
}
