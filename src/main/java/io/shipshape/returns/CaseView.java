package io.shipshape.returns;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.shipshape.customers.CustomerId;
import io.shipshape.orders.OrderId;

/**
 * A case with its conversation. {@code messages} holds internal notes too unless the view was made for the
 * customer ({@link CaseManagement#customerView}). {@code waitingSince}: since when it is in its current status.
 */
public record CaseView(CaseId id, OrderId orderId, String orderNumber, CustomerId customerId, String customerEmail,
                       String subject, CaseStatus status, String assignee, String openedBy, Instant waitingSince,
                       Instant createdAt, Instant updatedAt, List<Message> messages) {

    /** One message: customer-visible ({@code internal} false) or an internal note between staff. */
    public record Message(UUID id, String author, boolean fromCustomer, boolean internal, String text, Instant at) {
    }

    CaseView withMessages(List<Message> all) {
        return new CaseView(id, orderId, orderNumber, customerId, customerEmail, subject, status, assignee, openedBy,
                waitingSince, createdAt, updatedAt, List.copyOf(all));
    }
}
