package io.shipshape.returns;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a case stands, with its transition table in one place. OPEN: staff owe an answer. WAITING_ON_CUSTOMER:
 * staff answered and wait. RESOLVED: closed, and reopened (to OPEN) when the customer writes again or staff
 * reopen it.
 */
public enum CaseStatus {
    OPEN, WAITING_ON_CUSTOMER, RESOLVED;

    private static final Map<CaseStatus, Set<CaseStatus>> TRANSITIONS = Map.of(
            OPEN, EnumSet.of(WAITING_ON_CUSTOMER, RESOLVED),
            WAITING_ON_CUSTOMER, EnumSet.of(OPEN, RESOLVED),
            RESOLVED, EnumSet.of(OPEN));

    public boolean canMoveTo(CaseStatus next) {
        return TRANSITIONS.get(this).contains(next);
    }
}
