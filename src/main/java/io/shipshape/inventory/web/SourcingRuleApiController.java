package io.shipshape.inventory.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.shipshape.inventory.ChangeSourcingRule;
import io.shipshape.inventory.NewSourcingRule;
import io.shipshape.inventory.SourcingRule;
import io.shipshape.inventory.SourcingRules;
import io.shipshape.inventory.web.SourcingRuleApiModels.ChangeRequest;
import io.shipshape.inventory.web.SourcingRuleApiModels.ReplaceRequest;
import io.shipshape.inventory.web.SourcingRuleApiModels.RuleList;
import io.shipshape.inventory.web.SourcingRuleApiModels.RuleRequest;
import io.shipshape.inventory.web.SourcingRuleApiModels.RuleResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/sourcing-rules}: the ordered rules that choose where an order's stock is reserved. A change
 * applies to orders captured after it commits (on other servers within 10 seconds).
 */
@RestController
@RequestMapping(value = "/api/v1/sourcing-rules", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sourcing rules")
class SourcingRuleApiController {

    private final SourcingRules rules;

    SourcingRuleApiController(SourcingRules rules) {
        this.rules = rules;
    }

    @GetMapping
    RuleList list() {
        return RuleList.of(rules.list());
    }

    @GetMapping("/{id}")
    RuleResponse get(@PathVariable String id) {
        return RuleResponse.of(rules.get(SourcingRuleApiModels.id(id)));
    }

    /** Adds a rule at {@code position} (default: the end). */
    @PostMapping
    ResponseEntity<RuleResponse> add(@Valid @RequestBody RuleRequest r) {
        SourcingRule added = rules.add(r.toCommand(""));
        return ResponseEntity.created(URI.create("/api/v1/sourcing-rules/" + added.id())).body(RuleResponse.of(added));
    }

    /** Moves, enables or disables a rule, or changes its parameters. */
    @PutMapping("/{id}")
    RuleResponse change(@PathVariable String id, @Valid @RequestBody ChangeRequest r) {
        return RuleResponse.of(rules.change(SourcingRuleApiModels.id(id),
                new ChangeSourcingRule(r.position(), r.enabled(), r.params())));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        rules.delete(SourcingRuleApiModels.id(id));
        return ResponseEntity.noContent().build();
    }

    /** Replaces the whole list with {@code items}, in that order. */
    @PutMapping
    RuleList replace(@Valid @RequestBody ReplaceRequest r) {
        List<NewSourcingRule> cmds = new ArrayList<>();
        for (int i = 0; i < r.items().size(); i++) {
            cmds.add(r.items().get(i).toCommand("items[" + i + "]."));
        }
        return RuleList.of(rules.replace(cmds));
    }
}
