package io.shipshape.shared;

import java.util.Currency;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An amount of money in the minor unit of its currency (cents for USD). Arithmetic goes through these
 * methods only; amounts never pass through {@code double}.
 */
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public record Money(@JsonProperty("amount") long amountMinor, @JsonProperty("currency") Currency currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long amountMinor, String currencyCode) {
        return new Money(amountMinor, Currency.getInstance(currencyCode));
    }

    /**
     * Parses an amount typed in major units ({@code "19.99"}) exactly. Throws {@link NumberFormatException} for
     * text that is not a number and {@link ArithmeticException} for more decimals than the currency has.
     */
    public static Money ofDecimal(String amount, Currency currency) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        return new Money(new java.math.BigDecimal(amount.strip()).movePointRight(digits).longValueExact(), currency);
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(amountMinor, other.amountMinor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(amountMinor, other.amountMinor), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(amountMinor, factor), currency);
    }

    /** This amount times {@code basisPoints / 10000}, rounded half-up to the minor unit. */
    public Money percentOf(int basisPoints) {
        long product = Math.multiplyExact(amountMinor, (long) basisPoints);
        long rounded = Math.floorDiv(product + 5_000, 10_000);
        return new Money(rounded, currency);
    }

    public boolean isNegative() {
        return amountMinor < 0;
    }

    public boolean isGreaterThan(Money other) {
        requireSameCurrency(other);
        return amountMinor > other.amountMinor;
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Currency mismatch: " + currency + " and " + other.currency);
        }
    }

    /** The amount in major units with the currency's decimals, e.g. {@code 19.99}; exact (no floating point). */
    public java.math.BigDecimal toDecimal() {
        return java.math.BigDecimal.valueOf(amountMinor, Math.max(0, currency.getDefaultFractionDigits()));
    }

    /** For people: {@code 1,234.50 USD}. */
    public String format() {
        return String.format(java.util.Locale.ENGLISH, "%,." + Math.max(0, currency.getDefaultFractionDigits()) + "f %s",
                toDecimal(), currency.getCurrencyCode());
    }

    @Override
    public String toString() {
        return amountMinor + " " + currency.getCurrencyCode();
    }
}
