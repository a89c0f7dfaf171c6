package io.shipshape.inventory;

import java.util.Map;

/**
 * Command: a rule to add to the sourcing list. {@code position} (1-based) is where it goes, null for the end; it
 * is ignored when the rule is part of a whole list given to {@link SourcingRules#replace}.
 */
public record NewSourcingRule(Integer position, SourcingRuleType type, boolean enabled, Map<String, Object> params) {
}
