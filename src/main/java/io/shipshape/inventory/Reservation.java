package io.shipshape.inventory;

import java.util.List;

/** What was reserved for each line: where, how many, by which rule, and what is backordered. */
public record Reservation(List<LineReservation> lines) {

    public record LineReservation(int lineNo, String sku, List<Allocation> allocations, int backordered) {
    }

    /** {@code quantity} units at {@code location}, chosen by {@code rule} (so the choice is explainable). */
    public record Allocation(String location, int quantity, String rule) {
    }
}
