package io.shipshape.payments;

/** How a ledger row reads on the order's timeline: {@code PAYMENT_CAPTURED  Captured 10.00 USD (test_card ...)}. */
final class PaymentTimeline {

    private PaymentTimeline() {
    }

    static String type(PaymentTransaction t) {
        return switch (t.status()) {
            case PENDING, UNKNOWN -> "PAYMENT_PENDING";
            case FAILED -> "PAYMENT_FAILED";
            case CANCELLED -> "PAYMENT_VOIDED";
            case NOT_REQUIRED -> "PAYMENT_NOT_REQUIRED";
            case SUCCESS -> switch (t.kind()) {
                case AUTHORIZATION -> "PAYMENT_AUTHORIZED";
                case CAPTURE -> "PAYMENT_CAPTURED";
                case VOID -> "PAYMENT_VOIDED";
                case REFUND -> "PAYMENT_REFUNDED";
                case MANUAL_PAYMENT -> "PAYMENT_RECORDED";
            };
        };
    }

    static String message(PaymentTransaction t) {
        String what = switch (t.kind()) {
            case AUTHORIZATION -> "Authorisation";
            case CAPTURE -> "Capture";
            case VOID -> "Release";
            case REFUND -> "Refund";
            case MANUAL_PAYMENT -> "Manual payment" + (t.detail() == null ? "" : " (" + t.detail() + ")");
        };
        String outcome = switch (t.status()) {
            case PENDING -> "pending";
            case UNKNOWN -> "awaiting the gateway's answer";
            case SUCCESS -> t.review() ? "succeeded, flagged for review" : "succeeded";
            case FAILED -> "failed";
            case NOT_REQUIRED -> "not required";
            case CANCELLED -> "abandoned";
        };
        StringBuilder text = new StringBuilder(what).append(" of ").append(t.amount().format()).append(' ')
                .append(outcome);
        if (t.gateway() != null) {
            text.append(" via ").append(t.gateway());
        }
        if (t.gatewayReference() != null) {
            text.append(", ref ").append(t.gatewayReference());
        }
        if (t.reason() != null) {
            text.append(", reason: ").append(t.reason());
        }
        if (t.message() != null && t.status() != TransactionStatus.SUCCESS) {
            text.append(" — ").append(t.message());
        }
        return text.toString();
    }
}
