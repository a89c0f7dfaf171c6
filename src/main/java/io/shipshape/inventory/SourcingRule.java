package io.shipshape.inventory;

import java.util.Map;
import java.util.UUID;

/**
 * One entry of the ordered sourcing rule list. {@code position} starts at 1; a disabled rule stays in the list
 * but is skipped. {@code params} holds the optional parameters its type accepts (empty when none).
 */
public record SourcingRule(UUID id, int position, SourcingRuleType type, boolean enabled, Map<String, Object> params) {

    public SourcingRule {
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
