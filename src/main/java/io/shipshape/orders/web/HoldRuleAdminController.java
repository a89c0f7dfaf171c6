package io.shipshape.orders.web;

import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import io.shipshape.orders.HoldCondition;
import io.shipshape.orders.HoldRule;
import io.shipshape.orders.HoldRules;
import io.shipshape.orders.SaveHoldRule;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.Money;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.web.AdminController;
import io.shipshape.shared.web.Flash;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/settings/hold-rules}: the rules listed with enable/disable and delete, and one form (new, or edit
 * with {@code ?edit=<id>}) whose fields cover every condition and action; the module checks them as the API does.
 */
@AdminController
class HoldRuleAdminController {

    /** What the form posts; lists are comma-separated, the amount a decimal such as 1000.00. */
    record Form(String name, Boolean enabled, HoldCondition.Kind type, String amount, String currency, String sku,
                Integer quantity, Integer count, String values, HoldRule.ActionType action, String reason, String tag,
                Integer priority) {

        static Form blank() {
            return new Form("", true, HoldCondition.Kind.TOTAL_ABOVE, "", "USD", "", null, null, "",
                    HoldRule.ActionType.HOLD, "", "", null);
        }

        static Form of(HoldRule r) {
            HoldCondition c = r.condition();
            return new Form(r.name(), r.enabled(), c.kind(), c.amount() == null ? "" : c.amount().toDecimal()
                    .toPlainString(), c.amount() == null ? "USD" : c.amount().currencyCode(), c.sku(), c.quantity(),
                    c.count(), c.values() == null ? "" : String.join(", ", c.values()), r.action().type(),
                    r.action().reason(), r.action().tag(), r.action().priority());
        }

        SaveHoldRule toCommand() {
            Money money = null;
            if (type == HoldCondition.Kind.TOTAL_ABOVE && amount != null && !amount.isBlank()) {
                try {
                    money = Money.ofDecimal(amount.strip(), Currency.getInstance(currency == null ? "" : currency.strip()));
                } catch (RuntimeException e) {
                    throw InvalidRequest.of("condition.amount", "enter an amount such as 1000.00 and a currency code");
                }
            }
            List<String> list = values == null || values.isBlank() ? null
                    : Arrays.stream(values.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
            return new SaveHoldRule(name, Boolean.TRUE.equals(enabled), HoldCondition.of(type, money, sku, quantity, count, list, "condition"),
                    new HoldRule.Action(action, reason, tag, priority));
        }
    }

    private final HoldRules rules;

    HoldRuleAdminController(HoldRules rules) {
        this.rules = rules;
    }

    @GetMapping("/admin/settings/hold-rules")
    String list(@RequestParam(required = false) String edit, Model model) {
        HoldRule editing = edit == null ? null : rules.get(NotFound.uuid("Hold rule", edit));
        model.addAttribute("rules", rules.list());
        model.addAttribute("editing", editing);
        model.addAttribute("form", editing == null ? Form.blank() : Form.of(editing));
        model.addAttribute("kinds", HoldCondition.Kind.values());
        model.addAttribute("actions", HoldRule.ActionType.values());
        return "orders/hold-rules";
    }

    @PostMapping("/admin/settings/hold-rules")
    String create(@ModelAttribute Form form, RedirectAttributes redirect) {
        try {
            HoldRule rule = rules.create(form.toCommand());
            Flash.success(redirect, "Hold rule '" + rule.name() + "' created.");
        } catch (DomainException e) {
            Flash.problem(redirect, e);
        }
        return "redirect:/admin/settings/hold-rules";
    }

    @PostMapping("/admin/settings/hold-rules/{id}")
    String update(@PathVariable String id, @ModelAttribute Form form, RedirectAttributes redirect) {
        UUID ruleId = NotFound.uuid("Hold rule", id);
        try {
            rules.update(ruleId, form.toCommand());
            Flash.success(redirect, "Hold rule saved.");
            return "redirect:/admin/settings/hold-rules";
        } catch (DomainException e) {
            Flash.problem(redirect, e);
            return "redirect:/admin/settings/hold-rules?edit=" + ruleId;
        }
    }

    @PostMapping("/admin/settings/hold-rules/{id}/enabled")
    String enable(@PathVariable String id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        HoldRule rule = rules.setEnabled(NotFound.uuid("Hold rule", id), enabled);
        Flash.success(redirect, "Hold rule '" + rule.name() + "' " + (enabled ? "enabled." : "disabled."));
        return "redirect:/admin/settings/hold-rules";
    }

    @PostMapping("/admin/settings/hold-rules/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        rules.delete(NotFound.uuid("Hold rule", id));
        Flash.success(redirect, "Hold rule deleted.");
        return "redirect:/admin/settings/hold-rules";
    }
}
