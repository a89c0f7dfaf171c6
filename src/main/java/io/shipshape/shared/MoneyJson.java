package io.shipshape.shared;

import java.util.Currency;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Money as clients send it: {@code {"amount": 1999, "currency": "USD"}}, the amount an integer in the
 * currency's minor unit. Validated here so that no request reaches {@link Money} with a bad value.
 */
public record MoneyJson(@NotNull @Min(0) @Max(MAX_AMOUNT) Long amount,
                        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency) {

    /** 10^10 minor units (100 million in a two-decimal currency): large enough, and sums cannot overflow. */
    public static final long MAX_AMOUNT = 10_000_000_000L;

    /** The amount as {@link Money}; an unknown currency code is a validation error on {@code field}. */
    public Money toMoney(String field) {
        Currency c;
        try {
            c = Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.of(field + ".currency", "unknown currency '" + currency + "'");
        }
        if (c.getDefaultFractionDigits() < 0) {
            throw InvalidRequest.of(field + ".currency", "'" + currency + "' is not a currency that prices can be in");
        }
        return new Money(amount, c);
    }
}
