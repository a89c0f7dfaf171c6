package io.shipshape.payments;

/**
 * A gateway's answer: SUCCESS and FAILED are final; PENDING (the gateway decides later) and UNKNOWN (no answer,
 * e.g. a timeout) are left for reconciliation. {@code reference} is the gateway's id of the operation;
 * {@code review} marks a successful authorisation that a person should look at.
 */
public record GatewayResult(Status status, String reference, String message, boolean review) {

    public enum Status {
        SUCCESS, FAILED, PENDING, UNKNOWN
    }

    public static GatewayResult success(String reference, String message) {
        return new GatewayResult(Status.SUCCESS, reference, message, false);
    }

    public static GatewayResult failed(String reference, String message) {
        return new GatewayResult(Status.FAILED, reference, message, false);
    }

    public static GatewayResult pending(String reference, String message) {
        return new GatewayResult(Status.PENDING, reference, message, false);
    }

    public static GatewayResult unknown(String reference, String message) {
        return new GatewayResult(Status.UNKNOWN, reference, message, false);
    }

    public boolean decided() {
        return status == Status.SUCCESS || status == Status.FAILED;
    }
}
