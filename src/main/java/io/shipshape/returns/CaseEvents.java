package io.shipshape.returns;

import io.shipshape.orders.OrderId;

/** Events of cases: small records of ids and facts, published in the transaction that made them. */
public final class CaseEvents {

    private CaseEvents() {
    }

    public record CaseOpened(CaseId caseId, OrderId orderId, String customerEmail, String subject, boolean byCustomer) {
    }

    /**
     * Staff answered the customer (a customer-visible message, never an internal note). Notifications emails
     * {@code text} to {@code customerEmail} when it is configured to.
     */
    public record CaseReplied(CaseId caseId, OrderId orderId, String orderNumber, String customerEmail, String subject,
                              String text, String author) {
    }

    public record CaseStatusChanged(CaseId caseId, OrderId orderId, CaseStatus from, CaseStatus to, String actor) {
    }
}
