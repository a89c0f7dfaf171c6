package io.shipshape.inventory.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.shipshape.inventory.ChangeSourcingRule;
import io.shipshape.inventory.NewSourcingRule;
import io.shipshape.inventory.SourcingRule;
import io.shipshape.inventory.SourcingRuleType;
import io.shipshape.inventory.SourcingRules;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.web.AdminController;
import io.shipshape.shared.web.Flash;
import io.shipshape.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sourcing rules in the back office ({@code /admin/inventory/sourcing-rules}): the ordered list, with move
 * up/down, enable/disable, add and delete, all through {@link SourcingRules}. Every form posts and redirects back
 * with a flash message; changing needs INVENTORY_WRITE (the security rules of {@code /admin/inventory/**}).
 */
@AdminController
class SourcingRuleAdminController {

    private static final String PAGE = "redirect:/admin/inventory/sourcing-rules";

    private final SourcingRules rules;

    SourcingRuleAdminController(SourcingRules rules) {
        this.rules = rules;
    }

    @GetMapping("/admin/inventory/sourcing-rules")
    String list(Model model, HttpServletRequest request, HttpServletResponse response) {
        List<SourcingRule> list = rules.list();
        model.addAttribute("rules", list);
        model.addAttribute("missingTypes", Arrays.stream(SourcingRuleType.values())
                .filter(t -> list.stream().noneMatch(r -> r.type() == t)).toList());
        return Htmx.pageOrFragment(request, response, "inventory/sourcing-rules", "inventory/sourcing-rules :: rules");
    }

    /** Moves a rule one place up or down ({@code direction} = up | down). */
    @PostMapping("/admin/inventory/sourcing-rules/{id}/move")
    String move(@PathVariable String id, @RequestParam String direction, RedirectAttributes redirect) {
        SourcingRule rule = rules.get(SourcingRuleApiModels.id(id));
        int to = rule.position() + ("up".equals(direction) ? -1 : 1);
        return apply(redirect, () -> {
            rules.change(rule.id(), new ChangeSourcingRule(to, null, null));
            return rule.type() + " moved to position " + to + ".";
        });
    }

    @PostMapping("/admin/inventory/sourcing-rules/{id}/enabled")
    String enable(@PathVariable String id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        UUID ruleId = SourcingRuleApiModels.id(id);
        return apply(redirect, () -> rules.change(ruleId, new ChangeSourcingRule(null, enabled, null)).type()
                + (enabled ? " enabled." : " disabled."));
    }

    @PostMapping("/admin/inventory/sourcing-rules")
    String add(@RequestParam String type, @RequestParam(required = false) Integer position,
               RedirectAttributes redirect) {
        return apply(redirect, () -> {
            SourcingRule added = rules.add(new NewSourcingRule(position,
                    SourcingRuleApiModels.parseType("", type), true, null));
            return added.type() + " added at position " + added.position() + ".";
        });
    }

    @PostMapping("/admin/inventory/sourcing-rules/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        SourcingRule rule = rules.get(SourcingRuleApiModels.id(id));
        return apply(redirect, () -> {
            rules.delete(rule.id());
            return rule.type() + " removed.";
        });
    }

    private interface Change {
        String run();
    }

    private static String apply(RedirectAttributes redirect, Change change) {
        try {
            Flash.success(redirect, change.run());
        } catch (DomainException e) {
            Flash.problem(redirect, e);
        }
        return PAGE;
    }
}
