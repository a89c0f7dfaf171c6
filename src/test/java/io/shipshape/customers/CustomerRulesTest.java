package io.shipshape.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shipshape.shared.InvalidRequest;
import org.junit.jupiter.api.Test;

/** Email normalisation and the field rules of customers, without Spring. */
class CustomerRulesTest {

    @Test
    void emailsAreTrimmedAndLowerCased() {
        assertThat(CustomerRules.normalizeEmail("  Ada.Lovelace@Example.COM ")).isEqualTo("ada.lovelace@example.com");
        assertThat(CustomerRules.normalizeEmail(null)).isNull();
    }

    @Test
    void acceptsAMinimalCustomer() {
        assertThatCode(() -> CustomerRules.checkNew("a@b.example", "A", null)).doesNotThrowAnyException();
    }

    @Test
    void rejectsBrokenFieldsNamingEachOne() {
        assertThatThrownBy(() -> CustomerRules.checkNew("no-at-sign", " ", "1".repeat(51)))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.errors())
                        .extracting(InvalidRequest.FieldError::field).containsExactly("email", "name", "phone"));
        assertThatThrownBy(() -> CustomerRules.checkEmail("a b@example.com")).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> CustomerRules.checkEmail("x".repeat(310) + "@example.com"))
                .isInstanceOf(InvalidRequest.class);
    }
}
