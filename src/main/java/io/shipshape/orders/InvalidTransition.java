package io.shipshape.orders;

import io.shipshape.shared.DomainException;
import io.shipshape.shared.ProblemType;

/** An action the order's status does not allow (409 {@code invalid-transition}). */
public class InvalidTransition extends DomainException {

    public InvalidTransition(String number, OrderStatus from, String action) {
        super(ProblemType.INVALID_TRANSITION, "Order " + number + " is " + from + ": cannot " + action);
        with("status", from.name());
    }
}
