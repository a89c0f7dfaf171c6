package io.shipshape.inventory;

/** A transfer is shipped (IN_TRANSIT), then either RECEIVED at its destination or CANCELLED (back at its source). */
public enum TransferStatus {
    IN_TRANSIT, RECEIVED, CANCELLED
}
