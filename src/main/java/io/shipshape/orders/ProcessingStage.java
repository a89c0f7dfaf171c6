package io.shipshape.orders;

/**
 * How far the automated pipeline got with an order, stored on the order row in the same transaction as each
 * step's effect: a crash resumes at the next step and never repeats one. A step that held the order is still
 * "done": releasing the hold is the staff's decision on that step, so processing continues after it.
 */
enum ProcessingStage {
    /** Captured, nothing checked yet. */
    NEW,
    /** Address and customer checked. */
    VERIFIED,
    /** Hold rules evaluated and their actions applied. */
    RULES_APPLIED,
    /** Payments answered PENDING: the order waits for {@link OrderLifecycle#paymentSettled}. */
    AWAITING_PAYMENT,
    /** The payment outcome is decided (authorised, not required, or a hold a person released). */
    PAYMENT_DECIDED,
    /** Confirmed and released to fulfillment: the pipeline is finished. */
    RELEASED;

    boolean before(ProcessingStage other) {
        return ordinal() < other.ordinal();
    }
}
