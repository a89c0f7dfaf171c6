package io.shipshape.inventory;

import java.util.Map;

/** Command: change one sourcing rule; a null field stays as it is. {@code position} moves the rule (1-based). */
public record ChangeSourcingRule(Integer position, Boolean enabled, Map<String, Object> params) {
}
