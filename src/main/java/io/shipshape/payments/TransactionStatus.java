package io.shipshape.payments;

/**
 * Where a ledger row stands. PENDING (claimed, or the gateway decides later) and UNKNOWN (no answer) are open:
 * reconciliation asks the gateway about them. NOT_REQUIRED marks an order that needs no authorisation;
 * CANCELLED an authorisation abandoned because the order was cancelled before it was decided.
 */
public enum TransactionStatus {
    PENDING, SUCCESS, FAILED, UNKNOWN, NOT_REQUIRED, CANCELLED;

    public boolean open() {
        return this == PENDING || this == UNKNOWN;
    }

    static TransactionStatus of(GatewayResult.Status status) {
        return switch (status) {
            case SUCCESS -> SUCCESS;
            case FAILED -> FAILED;
            case PENDING -> PENDING;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
