package io.shipshape.orders;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.shipshape.shared.Money;
import org.springframework.stereotype.Component;

/**
 * Applies the enabled hold rules to an order the pipeline is processing: every matching rule acts (a hold with its
 * reason, a tag, a priority) and every hit is explained on the timeline, e.g. "Held by rule 'Big orders': total
 * 1,200.00 USD above 1,000.00 USD". Facts that need a query (lines, earlier orders) are read only when a rule asks.
 */
@Component
class HoldRuleEngine {

    private final HoldRuleRepository rules;

    HoldRuleEngine(HoldRuleRepository rules) {
        this.rules = rules;
    }

    void apply(OrderState s) {
        List<HoldRule> enabled = rules.enabled();
        if (enabled.isEmpty()) {
            return;
        }
        HoldCondition.Facts facts = new LazyFacts(s, rules);
        List<OrderState.Hold> holds = new ArrayList<>();
        String firstHolder = null;
        for (HoldRule rule : enabled) {
            String why = rule.condition().explain(facts);
            if (why == null) {
                continue;
            }
            String actor = "rule:" + rule.name();
            HoldRule.Action a = rule.action();
            switch (a.type()) {
                case HOLD -> {
                    holds.add(new OrderState.Hold(a.reason(), rule.name()));
                    firstHolder = firstHolder == null ? actor : firstHolder;
                    s.note("HOLD", "Held by rule '" + rule.name() + "' (" + a.reason() + "): " + why, actor);
                }
                case TAG -> {
                    s.tag(a.tag());
                    s.note("TAGGED", "Tagged '" + a.tag() + "' by rule '" + rule.name() + "': " + why, actor);
                }
                case PRIORITY -> {
                    s.prioritise(a.priority());
                    s.note("PRIORITY", "Priority " + a.priority() + " by rule '" + rule.name() + "': " + why, actor);
                }
            }
        }
        if (!holds.isEmpty()) {
            s.hold(holds, firstHolder, null);
        }
    }

    /** The order's facts; lines and order counts are read once, on first use. */
    private static final class LazyFacts implements HoldCondition.Facts {
        private final OrderState s;
        private final HoldRuleRepository rules;
        private Map<String, Integer> quantities;
        private Boolean first;
        private Long lastHour;

        LazyFacts(OrderState s, HoldRuleRepository rules) {
            this.s = s;
            this.rules = rules;
        }

        public Money total() { return s.facts().total(); }
        public Channel channel() { return s.facts().channel(); }
        public String email() { return s.facts().email(); }
        public String shippingCountry() { return s.facts().shipCountry(); }
        public String billingCountry() { return s.facts().billCountry(); }

        public Map<String, Integer> quantities() {
            if (quantities == null) {
                quantities = rules.quantities(s.id());
            }
            return quantities;
        }

        public boolean firstOrder() {
            if (first == null) {
                first = !rules.hasEarlierOrders(s.facts().customerId(), s.id());
            }
            return first;
        }

        public long ordersFromEmailLastHour() {
            if (lastHour == null) {
                lastHour = rules.ordersFrom(s.facts().email(), s.facts().createdAt().minus(Duration.ofHours(1)),
                        s.facts().createdAt());
            }
            return lastHour;
        }
    }
}
