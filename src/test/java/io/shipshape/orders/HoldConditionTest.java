package io.shipshape.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import io.shipshape.orders.HoldCondition.Kind;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.Money;
import org.junit.jupiter.api.Test;

/** Every hold rule condition, matching and not matching, and how bad parameters are refused (plain JUnit). */
class HoldConditionTest {

    record Facts(Money total, Channel channel, String email, String shippingCountry, String billingCountry,
                 Map<String, Integer> quantities, boolean firstOrder, long ordersFromEmailLastHour)
            implements HoldCondition.Facts {
    }

    static final Facts ORDER = new Facts(Money.of(120_000, "USD"), Channel.WEB, "ann@Shop.example", "DE", "FR",
            Map.of("TENT", 3, "MUG", 1), true, 4);
    static final Facts PLAIN = new Facts(Money.of(900, "USD"), Channel.POS, "bob@other.example", "US", "US",
            Map.of("MUG", 1), false, 1);

    static HoldCondition of(Kind kind, Money amount, String sku, Integer quantity, Integer count, List<String> values) {
        return HoldCondition.of(kind, amount, sku, quantity, count, values, "condition");
    }

    @Test
    void totalAbove() {
        HoldCondition c = of(Kind.TOTAL_ABOVE, Money.of(100_000, "USD"), null, null, null, null);
        assertThat(c.explain(ORDER)).isEqualTo("total 1,200.00 USD above 1,000.00 USD");
        assertThat(c.matches(PLAIN)).isFalse();
        assertThat(of(Kind.TOTAL_ABOVE, Money.of(1, "EUR"), null, null, null, null).matches(ORDER)).isFalse();
        assertThat(of(Kind.TOTAL_ABOVE, Money.of(120_000, "USD"), null, null, null, null).matches(ORDER)).isFalse();
    }

    @Test
    void firstOrder() {
        HoldCondition c = of(Kind.FIRST_ORDER, null, null, null, null, null);
        assertThat(c.matches(ORDER)).isTrue();
        assertThat(c.matches(PLAIN)).isFalse();
    }

    @Test
    void countriesDiffer() {
        HoldCondition c = of(Kind.COUNTRIES_DIFFER, null, null, null, null, null);
        assertThat(c.explain(ORDER)).isEqualTo("billing country FR differs from shipping country DE");
        assertThat(c.matches(PLAIN)).isFalse();
    }

    @Test
    void skuQuantityAbove() {
        assertThat(of(Kind.SKU_QUANTITY_ABOVE, null, "TENT", 2, null, null).explain(ORDER)).isEqualTo("3 x TENT above 2");
        assertThat(of(Kind.SKU_QUANTITY_ABOVE, null, "TENT", 3, null, null).matches(ORDER)).isFalse();
        assertThat(of(Kind.SKU_QUANTITY_ABOVE, null, "TENT", 0, null, null).matches(PLAIN)).isFalse();
    }

    @Test
    void channelIn() {
        HoldCondition c = of(Kind.CHANNEL_IN, null, null, null, null, List.of("web", "PHONE"));
        assertThat(c.values()).containsExactly("WEB", "PHONE");
        assertThat(c.matches(ORDER)).isTrue();
        assertThat(c.matches(PLAIN)).isFalse();
    }

    @Test
    void emailDomainIn() {
        HoldCondition c = of(Kind.EMAIL_DOMAIN_IN, null, null, null, null, List.of("@SHOP.example"));
        assertThat(c.explain(ORDER)).startsWith("email domain shop.example");
        assertThat(c.matches(PLAIN)).isFalse();
    }

    @Test
    void shippingCountryIn() {
        HoldCondition c = of(Kind.SHIPPING_COUNTRY_IN, null, null, null, null, List.of("de", "AT"));
        assertThat(c.matches(ORDER)).isTrue();
        assertThat(c.matches(PLAIN)).isFalse();
    }

    @Test
    void skuIn() {
        HoldCondition c = of(Kind.SKU_IN, null, null, null, null, List.of("TENT"));
        assertThat(c.explain(ORDER)).startsWith("SKU TENT in");
        assertThat(c.matches(PLAIN)).isFalse();
    }

    @Test
    void emailOrdersLastHourAbove() {
        HoldCondition c = of(Kind.EMAIL_ORDERS_LAST_HOUR_ABOVE, null, null, null, 3, null);
        assertThat(c.explain(ORDER)).isEqualTo("4 orders from ann@Shop.example in the last hour, more than 3");
        assertThat(c.matches(PLAIN)).isFalse();
    }

    @Test
    void badParametersAreFieldErrors() {
        assertField(() -> of(null, null, null, null, null, null), "condition.type");
        assertField(() -> of(Kind.TOTAL_ABOVE, null, null, null, null, null), "condition.amount");
        assertField(() -> of(Kind.SKU_QUANTITY_ABOVE, null, null, 2, null, null), "condition.sku");
        assertField(() -> of(Kind.SKU_QUANTITY_ABOVE, null, "A", -1, null, null), "condition.quantity");
        assertField(() -> of(Kind.EMAIL_ORDERS_LAST_HOUR_ABOVE, null, null, null, 0, null), "condition.count");
        assertField(() -> of(Kind.CHANNEL_IN, null, null, null, null, List.of("FAX")), "condition.channels");
        assertField(() -> of(Kind.SHIPPING_COUNTRY_IN, null, null, null, null, List.of("USA")), "condition.countries");
        assertField(() -> of(Kind.EMAIL_DOMAIN_IN, null, null, null, null, List.of("nodot")), "condition.domains");
        assertField(() -> of(Kind.SKU_IN, null, null, null, null, List.of()), "condition.skus");
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidRequest.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo(field));
    }
}
