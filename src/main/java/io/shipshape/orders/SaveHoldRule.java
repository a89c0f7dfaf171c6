package io.shipshape.orders;

/** Command: create or replace a hold rule. The condition is built (and checked) with {@link HoldCondition#of}. */
public record SaveHoldRule(String name, boolean enabled, HoldCondition condition, HoldRule.Action action) {
}
