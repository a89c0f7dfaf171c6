package io.shipshape.inventory;

/** The kinds of rows in the stock ledger, and whether each moves on-hand or reserved. */
public enum MovementType {
    RECEIPT(true), ADJUSTMENT(true), COUNT(true), RESERVATION(false), RELEASE(false), SHIPMENT(true),
    TRANSFER_OUT(true), TRANSFER_IN(true), RETURN_RESTOCK(true), WRITE_OFF(true);

    private final boolean movesOnHand;

    MovementType(boolean movesOnHand) {
        this.movesOnHand = movesOnHand;
    }

    public boolean movesOnHand() {
        return movesOnHand;
    }
}
