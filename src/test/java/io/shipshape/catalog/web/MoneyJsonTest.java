package io.shipshape.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The money wire format's validation, without Spring. */
class MoneyJsonTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void acceptsAmountsFromZeroToOneTrillionInKnownCurrencies() {
        assertThat(VALIDATOR.validate(new MoneyJson(0L, "USD"))).isEmpty();
        assertThat(VALIDATOR.validate(new MoneyJson(1_000_000_000_000L, "JPY"))).isEmpty();
        assertThat(new MoneyJson(1999L, "EUR").toMoney().toString()).isEqualTo("1999 EUR");
    }

    @Test
    void rejectsOutOfRangeAmounts() {
        assertThat(fields(new MoneyJson(-1L, "USD"))).containsExactly("amount");
        assertThat(fields(new MoneyJson(1_000_000_000_001L, "USD"))).containsExactly("amount");
        assertThat(fields(new MoneyJson(null, "USD"))).containsExactly("amount");
    }

    @Test
    void rejectsCodesThatAreNotCurrenciesWithAMinorUnit() {
        for (String code : new String[] {"usd", "US", "USDX", "ZZZ", "XXX", "XAU", "U$D"}) {
            assertThat(fields(new MoneyJson(1L, code))).as(code).containsExactly("currency");
        }
        assertThat(fields(new MoneyJson(1L, null))).containsExactly("currency");
    }

    private static Set<String> fields(MoneyJson money) {
        Set<ConstraintViolation<MoneyJson>> violations = VALIDATOR.validate(money);
        return violations.stream().map(v -> v.getPropertyPath().toString())
                .collect(java.util.stream.Collectors.toSet());
    }
}
