package io.shipshape.orders.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.shipshape.orders.HoldCondition;
import io.shipshape.orders.HoldRule;
import io.shipshape.orders.SaveHoldRule;
import io.shipshape.shared.Money;
import io.shipshape.shared.MoneyJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Request and response records of {@code /api/v1/hold-rules}. A condition is {@code {type, ...}} with the fields
 * its type needs: TOTAL_ABOVE {amount}, FIRST_ORDER, COUNTRIES_DIFFER, SKU_QUANTITY_ABOVE {sku, quantity},
 * CHANNEL_IN {channels}, EMAIL_DOMAIN_IN {domains}, SHIPPING_COUNTRY_IN {countries}, SKU_IN {skus},
 * EMAIL_ORDERS_LAST_HOUR_ABOVE {count}.
 */
final class HoldRuleApiModels {

    private HoldRuleApiModels() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConditionJson(@NotNull HoldCondition.Kind type, @Valid MoneyJson amount, @Size(max = 64) String sku,
                         Integer quantity, Integer count, List<String> channels, List<String> domains,
                         List<String> countries, List<String> skus) {

        HoldCondition toCondition() {
            Money money = amount == null ? null : amount.toMoney("condition.amount");
            List<String> values = type == null ? null : switch (type) {
                case CHANNEL_IN -> channels;
                case EMAIL_DOMAIN_IN -> domains;
                case SHIPPING_COUNTRY_IN -> countries;
                case SKU_IN -> skus;
                default -> null;
            };
            return HoldCondition.of(type, money, sku, quantity, count, values, "condition");
        }

        static ConditionJson of(HoldCondition c) {
            List<String> v = c.values();
            return new ConditionJson(c.kind(), c.amount() == null ? null
                    : new MoneyJson(c.amount().amountMinor(), c.amount().currencyCode()), c.sku(), c.quantity(),
                    c.count(), c.kind() == HoldCondition.Kind.CHANNEL_IN ? v : null,
                    c.kind() == HoldCondition.Kind.EMAIL_DOMAIN_IN ? v : null,
                    c.kind() == HoldCondition.Kind.SHIPPING_COUNTRY_IN ? v : null,
                    c.kind() == HoldCondition.Kind.SKU_IN ? v : null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ActionJson(@NotNull HoldRule.ActionType type, String reason, String tag, Integer priority) {
    }

    record HoldRuleRequest(@NotBlank @Size(max = 100) String name, @NotNull Boolean enabled,
                           @NotNull @Valid ConditionJson condition, @NotNull @Valid ActionJson action) {
        SaveHoldRule toCommand() {
            return new SaveHoldRule(name, enabled, condition.toCondition(),
                    new HoldRule.Action(action.type(), action.reason(), action.tag(), action.priority()));
        }
    }

    record HoldRuleResponse(String id, String name, boolean enabled, ConditionJson condition, ActionJson action,
                            Instant createdAt, Instant updatedAt) {
        static HoldRuleResponse of(HoldRule r) {
            HoldRule.Action a = r.action();
            return new HoldRuleResponse(r.id().toString(), r.name(), r.enabled(), ConditionJson.of(r.condition()),
                    new ActionJson(a.type(), a.reason(), a.tag(), a.priority()), r.createdAt(), r.updatedAt());
        }
    }
}
