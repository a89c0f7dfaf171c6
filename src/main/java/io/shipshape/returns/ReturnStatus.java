package io.shipshape.returns;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.shipshape.shared.DomainException;
import io.shipshape.shared.ProblemType;

/**
 * The lifecycle of a return, with its transition table in one place. A return is COMPLETED when it is settled
 * (refunded or exchanged); that may happen before all goods arrived (a staff decision), so a COMPLETED return
 * still accepts the missing units ({@link #receivable()}), without changing status.
 */
public enum ReturnStatus {
    REQUESTED, APPROVED, REJECTED, PARTIALLY_RECEIVED, RECEIVED, COMPLETED;

    private static final Map<ReturnStatus, Set<ReturnStatus>> TRANSITIONS = Map.of(
            REQUESTED, EnumSet.of(APPROVED, REJECTED),
            APPROVED, EnumSet.of(PARTIALLY_RECEIVED, RECEIVED, COMPLETED),
            PARTIALLY_RECEIVED, EnumSet.of(PARTIALLY_RECEIVED, RECEIVED, COMPLETED),
            RECEIVED, EnumSet.of(COMPLETED),
            REJECTED, EnumSet.noneOf(ReturnStatus.class),
            COMPLETED, EnumSet.noneOf(ReturnStatus.class));

    /**
     * The status named by a {@code status} request parameter (the back-office filter and the API list): its exact
     * name, else a 400 {@code invalid-parameter} problem naming the parameter.
     */
    public static ReturnStatus parse(String value) {
        try {
            return ReturnStatus.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(ProblemType.INVALID_PARAMETER, "status is not a return status")
                    .with("parameter", "status");
        }
    }

    public boolean canMoveTo(ReturnStatus next) {
        return TRANSITIONS.get(this).contains(next);
    }

    /** Goods may be received: approved and not rejected (a settled return still takes late parcels). */
    public boolean receivable() {
        return this == APPROVED || this == PARTIALLY_RECEIVED || this == COMPLETED;
    }

    /** Counts against the order's returnable quantities (a rejected return gives them back). */
    public boolean holdsQuantities() {
        return this != REJECTED;
    }
}
