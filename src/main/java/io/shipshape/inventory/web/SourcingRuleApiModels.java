package io.shipshape.inventory.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.shipshape.inventory.NewSourcingRule;
import io.shipshape.inventory.SourcingRule;
import io.shipshape.inventory.SourcingRuleType;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.NotFound;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request and response records of {@code /api/v1/sourcing-rules} (api-v1.md). */
final class SourcingRuleApiModels {

    private SourcingRuleApiModels() {
    }

    /** A rule to add ({@code position} 1-based, default: the end; {@code enabled} default true). */
    record RuleRequest(Integer position, @Size(max = 32) String type, Boolean enabled,
                       @Size(max = 10) Map<String, Object> params) {

        NewSourcingRule toCommand(String field) {
            return new NewSourcingRule(position, parseType(field, type), enabled == null || enabled, params);
        }
    }

    /** Changes to one rule: a field left out stays as it is. */
    record ChangeRequest(Integer position, Boolean enabled, @Size(max = 10) Map<String, Object> params) {
    }

    /** The whole list, in order, for {@code PUT /api/v1/sourcing-rules}. */
    record ReplaceRequest(@NotNull @Size(max = 20) List<@NotNull @Valid RuleRequest> items) {
    }

    record RuleResponse(UUID id, int position, SourcingRuleType type, boolean enabled, Map<String, Object> params) {
        static RuleResponse of(SourcingRule r) {
            return new RuleResponse(r.id(), r.position(), r.type(), r.enabled(), r.params());
        }
    }

    record RuleList(List<RuleResponse> items, String nextCursor) {
        static RuleList of(List<SourcingRule> rules) {
            return new RuleList(rules.stream().map(RuleResponse::of).toList(), null);
        }
    }

    static SourcingRuleType parseType(String field, String type) {
        if (type == null) {
            return null;
        }
        try {
            return SourcingRuleType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.of(field + "type", "must be one of " + Arrays.toString(SourcingRuleType.values()));
        }
    }

    /** The id in a path; one that is not a UUID names no rule (404). */
    static UUID id(String id) {
        return NotFound.uuid("Sourcing rule", id);
    }
}
