package io.shipshape.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.InvalidRequest.FieldError;
import io.shipshape.shared.Money;
import io.shipshape.shared.MoneyJson;

/**
 * The rules a product's fields obey, checked for every caller of {@link CatalogManagement} (the API checks
 * the same with annotations first), and how a PATCH merges into a product. Field names are the API's.
 */
final class ProductRules {

    static final int MAX_NAME = 200;
    static final int MAX_BARCODE = 64;
    static final int MAX_WEIGHT_GRAMS = 1_000_000;
    static final long MAX_AMOUNT = MoneyJson.MAX_AMOUNT;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private ProductRules() {
    }

    static void checkNew(CreateProduct cmd) {
        List<FieldError> errors = new ArrayList<>();
        if (!Skus.isValid(cmd.sku())) {
            errors.add(new FieldError("sku", Skus.MESSAGE));
        }
        if (cmd.name() == null) {
            errors.add(new FieldError("name", "must not be blank"));
        }
        if (cmd.price() == null) {
            errors.add(new FieldError("price", "must not be null"));
        }
        checkFields(cmd.name(), cmd.price(), cmd.weightGrams(), cmd.barcode(), errors);
    }

    /** The product after the change; {@code current} itself when the change changes nothing. */
    static ProductView apply(ProductView current, UpdateProduct cmd, Instant now) {
        checkFields(cmd.name(), cmd.price(), cmd.weightGrams(), cmd.barcode(), new ArrayList<>());
        ProductView next = new ProductView(current.id(), current.sku(),
                cmd.name() == null ? current.name() : cmd.name().strip(),
                cmd.price() == null ? current.price() : cmd.price(),
                cmd.weightGrams() == null ? current.weightGrams() : cmd.weightGrams(),
                cmd.barcode() == null ? current.barcode() : blankToNull(cmd.barcode()),
                cmd.backorderable() == null ? current.backorderable() : cmd.backorderable(),
                cmd.active() == null ? current.active() : cmd.active(),
                current.createdAt(), current.updatedAt());
        if (next.equals(current)) {
            return current;
        }
        return new ProductView(next.id(), next.sku(), next.name(), next.price(), next.weightGrams(), next.barcode(),
                next.backorderable(), next.active(), next.createdAt(), now);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Checks the fields that are present (null means absent) and throws if any rule is broken. */
    private static void checkFields(String name, Money price, Integer weightGrams, String barcode,
                                    List<FieldError> errors) {
        if (name != null && (name.isBlank() || name.strip().length() > MAX_NAME || CONTROL.matcher(name).find())) {
            errors.add(new FieldError("name", "must be 1 to " + MAX_NAME + " characters without control characters"));
        }
        if (price != null && (price.isNegative() || price.amountMinor() > MAX_AMOUNT)) {
            errors.add(new FieldError("price.amount", "must be between 0 and " + MAX_AMOUNT));
        }
        if (price != null && price.currency().getDefaultFractionDigits() < 0) {
            errors.add(new FieldError("price.currency", "must be a currency with a minor unit"));
        }
        if (weightGrams != null && (weightGrams < 0 || weightGrams > MAX_WEIGHT_GRAMS)) {
            errors.add(new FieldError("weightGrams", "must be between 0 and " + MAX_WEIGHT_GRAMS));
        }
        if (barcode != null && (barcode.strip().length() > MAX_BARCODE || CONTROL.matcher(barcode).find())) {
            errors.add(new FieldError("barcode", "must be at most " + MAX_BARCODE
                    + " characters without control characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }
}
