package io.shipshape.returns.web;

import java.time.Instant;
import java.util.List;

import io.shipshape.returns.CaseView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The request and response bodies of {@code /api/v1/cases} (api-v1.md, "Returns and inquiries"). */
final class CaseApiModels {

    private CaseApiModels() {
    }

    /** Opens a case; {@code customerEmail} may be left out when {@code orderId} names the order. */
    record OpenCaseRequest(String orderId, @Size(max = 320) String customerEmail,
                           @NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 5000) String message,
                           Boolean fromCustomer) {
    }

    /** {@code internal}: a note only staff see. {@code fromCustomer}: an integration relays the customer's words. */
    record MessageRequest(@NotBlank @Size(max = 5000) String text, Boolean internal, Boolean fromCustomer) {
    }

    record StatusRequest(@NotNull String status) {
    }

    record AssignRequest(@Size(max = 100) String assignee) {
    }

    record MessageResponse(String id, String author, boolean fromCustomer, boolean internal, String text, Instant at) {

        static MessageResponse of(CaseView.Message m) {
            return new MessageResponse(m.id().toString(), m.author(), m.fromCustomer(), m.internal(), m.text(), m.at());
        }
    }

    record CaseResponse(String id, String orderId, String orderNumber, String customerId, String customerEmail,
                        String subject, String status, String assignee, String openedBy, Instant waitingSince,
                        Instant createdAt, Instant updatedAt, List<MessageResponse> messages) {

        static CaseResponse of(CaseView c) {
            return new CaseResponse(c.id().toString(), c.orderId() == null ? null : c.orderId().toString(),
                    c.orderNumber(), c.customerId() == null ? null : c.customerId().toString(), c.customerEmail(),
                    c.subject(), c.status().name(), c.assignee(), c.openedBy(), c.waitingSince(), c.createdAt(),
                    c.updatedAt(), c.messages().stream().map(MessageResponse::of).toList());
        }
    }

    /** A case in a list: without the conversation. */
    record CaseSummary(String id, String orderId, String orderNumber, String customerEmail, String subject,
                       String status, String assignee, Instant waitingSince, Instant createdAt) {

        static CaseSummary of(CaseView c) {
            return new CaseSummary(c.id().toString(), c.orderId() == null ? null : c.orderId().toString(),
                    c.orderNumber(), c.customerEmail(), c.subject(), c.status().name(), c.assignee(), c.waitingSince(),
                    c.createdAt());
        }
    }
}
