package io.shipshape.inventory;

/** One order's outcome in {@link InventoryManagement#reserveAll}: its reservation, or why it was refused. */
public record GroupReservation(Reservation reservation, InsufficientStock refused) {

    public boolean accepted() {
        return reservation != null;
    }
}
