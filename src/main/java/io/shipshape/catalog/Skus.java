package io.shipshape.catalog;

import java.util.regex.Pattern;

/**
 * What a SKU may look like: 1 to 64 of {@code A-Z a-z 0-9 . _ -}, but not {@code .} or {@code ..} (which
 * cannot be addressed in a URL path). SKUs are case-sensitive and never change. Callers may check input
 * with {@link #isValid} before asking the catalog; a string that is not a SKU names no product.
 */
public final class Skus {

    /** The rule as a regular expression (for {@code @Pattern} on request fields). */
    public static final String PATTERN = "(?!\\.{1,2}$)[A-Za-z0-9._-]{1,64}";
    public static final String MESSAGE =
            "must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' and '-' (and not '.' or '..')";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private Skus() {
    }

    public static boolean isValid(String sku) {
        return sku != null && COMPILED.matcher(sku).matches();
    }
}
