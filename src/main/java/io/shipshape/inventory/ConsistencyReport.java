package io.shipshape.inventory;

import java.util.List;

/**
 * The result of checking the stock invariants: on-hand equals the sum of its movements, reserved equals the
 * sum of active reservations (and of reservation movements), nothing negative.
 */
public record ConsistencyReport(boolean ok, List<Problem> problems) {

    public record Problem(String sku, String location, String problem) {
    }
}
