package io.shipshape.catalog.web;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import io.shipshape.catalog.CreateProduct;
import io.shipshape.catalog.ProductView;
import io.shipshape.catalog.Skus;
import io.shipshape.catalog.UpdateProduct;
import io.shipshape.shared.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The product form of the back office, as typed: the price as a decimal ({@code 19.99}) and a currency code,
 * numbers as text so that a typo is a readable field error. The SKU is shown read-only when editing.
 */
record ProductAdminForm(
        @Pattern(regexp = Skus.PATTERN, message = Skus.MESSAGE) String sku,
        @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        String name,
        @NotBlank @Pattern(regexp = "\\d{1,13}(\\.\\d{1,4})?", message = "must be an amount such as 19.99") String amount,
        @NotBlank @Pattern(regexp = "[A-Za-z]{3}", message = "must be a currency code such as USD") String currency,
        @Pattern(regexp = "\\d{0,7}", message = "must be a whole number of grams") String weightGrams,
        @Size(max = 64) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        String barcode,
        Boolean backorderable,
        Boolean active) {

    static ProductAdminForm blank() {
        return new ProductAdminForm("", "", "", "USD", "", "", false, true);
    }

    static ProductAdminForm of(ProductView p) {
        return new ProductAdminForm(p.sku(), p.name(), decimal(p.price()).toPlainString(), p.price().currencyCode(),
                p.weightGrams() == null ? "" : p.weightGrams().toString(), p.barcode() == null ? "" : p.barcode(),
                p.backorderable(), p.active());
    }

    CreateProduct toCreate(Money price) {
        return new CreateProduct(sku, name, price, weight(), barcode, Boolean.TRUE.equals(backorderable));
    }

    /** Every field as typed; an empty barcode removes it (an empty weight keeps the current one). */
    UpdateProduct toUpdate(Money price) {
        return new UpdateProduct(name, price, weight(), barcode == null ? "" : barcode,
                Boolean.TRUE.equals(backorderable), Boolean.TRUE.equals(active));
    }

    private Integer weight() {
        return weightGrams == null || weightGrams.isBlank() ? null : Integer.valueOf(weightGrams);
    }

    /**
     * The price in minor units of the currency, without floating point: {@code 19.99 USD} is 1999, {@code 500 JPY}
     * is 500. More decimals than the currency has, or an unknown currency, is an {@link IllegalArgumentException}
     * whose message names the problem.
     */
    static Money price(String amount, String currencyCode) {
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency:is not a known currency code");
        }
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException("currency:must be a currency with a minor unit");
        }
        try {
            return Money.ofDecimal(amount, currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount:" + currency.getCurrencyCode() + " has "
                    + (digits == 0 ? "no decimals" : digits == 1 ? "1 decimal" : digits + " decimals"));
        }
    }

    /** The amount as a decimal in major units: 1999 USD is 19.99. */
    static BigDecimal decimal(Money money) {
        return money.toDecimal();
    }

    /** For lists: {@code 1,299.00 USD}. */
    static String display(Money money) {
        return money.format();
    }
}
