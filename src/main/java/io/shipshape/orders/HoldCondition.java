package io.shipshape.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.Money;

/**
 * The condition of a hold rule: a {@link Kind} and the parameters that kind needs (the others are null). Kept as
 * one flat record because it is stored as one JSON document and every kind is one line of {@link #matches}.
 *
 * @param amount   TOTAL_ABOVE: the order total must be above it (orders in another currency never match)
 * @param sku      SKU_QUANTITY_ABOVE: the SKU whose quantity is compared
 * @param quantity SKU_QUANTITY_ABOVE: the quantity of that SKU must be above it
 * @param count    EMAIL_ORDERS_LAST_HOUR_ABOVE: more orders than this from the email in the last hour
 * @param values   CHANNEL_IN, EMAIL_DOMAIN_IN, SHIPPING_COUNTRY_IN, SKU_IN: the list (normalised)
 */
public record HoldCondition(Kind kind, Money amount, String sku, Integer quantity, Integer count,
                           List<String> values) {

    public enum Kind {
        TOTAL_ABOVE, FIRST_ORDER, COUNTRIES_DIFFER, SKU_QUANTITY_ABOVE, CHANNEL_IN, EMAIL_DOMAIN_IN,
        SHIPPING_COUNTRY_IN, SKU_IN, EMAIL_ORDERS_LAST_HOUR_ABOVE
    }

    /** What a condition looks at; the two that need a query are asked only by the conditions that need them. */
    interface Facts {
        Money total();

        Channel channel();

        String email();

        String shippingCountry();

        String billingCountry();

        /** Quantity per SKU over all lines. */
        Map<String, Integer> quantities();

        boolean firstOrder();

        /** Orders captured from the order's email in the hour before it, this one included. */
        long ordersFromEmailLastHour();
    }

    /**
     * Checks the parameters of the kind and normalises lists (upper-case codes, lower-case domains); a problem is a
     * 400 naming the field under {@code field} (e.g. {@code condition.amount}).
     */
    public static HoldCondition of(Kind kind, Money amount, String sku, Integer quantity, Integer count,
                                   List<String> values, String field) {
        if (kind == null) {
            throw InvalidRequest.of(field + ".type", "must be one of " + List.of(Kind.values()));
        }
        return switch (kind) {
            case TOTAL_ABOVE -> {
                if (amount == null) {
                    throw InvalidRequest.of(field + ".amount", "is required for " + kind);
                }
                yield new HoldCondition(kind, amount, null, null, null, null);
            }
            case FIRST_ORDER, COUNTRIES_DIFFER -> new HoldCondition(kind, null, null, null, null, null);
            case SKU_QUANTITY_ABOVE -> {
                if (sku == null || sku.isBlank()) {
                    throw InvalidRequest.of(field + ".sku", "is required for " + kind);
                }
                if (quantity == null || quantity < 0) {
                    throw InvalidRequest.of(field + ".quantity", "must be 0 or more for " + kind);
                }
                yield new HoldCondition(kind, null, sku.strip(), quantity, null, null);
            }
            case EMAIL_ORDERS_LAST_HOUR_ABOVE -> {
                if (count == null || count < 1) {
                    throw InvalidRequest.of(field + ".count", "must be 1 or more for " + kind);
                }
                yield new HoldCondition(kind, null, null, null, count, null);
            }
            case CHANNEL_IN, EMAIL_DOMAIN_IN, SHIPPING_COUNTRY_IN, SKU_IN ->
                    new HoldCondition(kind, null, null, null, null, list(kind, values, field));
        };
    }

    private static List<String> list(Kind kind, List<String> values, String field) {
        String name = field + "." + listField(kind);
        if (values == null || values.isEmpty() || values.size() > 200) {
            throw InvalidRequest.of(name, "must list 1 to 200 values for " + kind);
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            String s = v == null ? "" : v.strip();
            String norm = switch (kind) {
                case CHANNEL_IN -> channel(s, name);
                case SHIPPING_COUNTRY_IN -> {
                    if (!s.matches("[A-Za-z]{2}")) {
                        throw InvalidRequest.of(name, "'" + s + "' is not an ISO 3166-1 alpha-2 code");
                    }
                    yield s.toUpperCase(Locale.ROOT);
                }
                case EMAIL_DOMAIN_IN -> {
                    String d = s.startsWith("@") ? s.substring(1) : s;
                    if (!d.matches("[A-Za-z0-9.-]+\\.[A-Za-z0-9-]+")) {
                        throw InvalidRequest.of(name, "'" + s + "' is not a domain such as example.com");
                    }
                    yield d.toLowerCase(Locale.ROOT);
                }
                default -> {
                    if (s.isEmpty() || s.length() > 64) {
                        throw InvalidRequest.of(name, "SKUs must be 1 to 64 characters");
                    }
                    yield s;
                }
            };
            if (!out.contains(norm)) {
                out.add(norm);
            }
        }
        return List.copyOf(out);
    }

    private static String channel(String s, String field) {
        try {
            return Channel.valueOf(s.toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.of(field, "'" + s + "' is not one of " + List.of(Channel.values()));
        }
    }

    /** The JSON field that carries the list of a list kind. */
    public static String listField(Kind kind) {
        return switch (kind) {
            case CHANNEL_IN -> "channels";
            case EMAIL_DOMAIN_IN -> "domains";
            case SHIPPING_COUNTRY_IN -> "countries";
            default -> "skus";
        };
    }

    /** Why the condition matches the order (for the timeline), or null when it does not. */
    String explain(Facts o) {
        return switch (kind) {
            case TOTAL_ABOVE -> o.total().currency().equals(amount.currency()) && o.total().isGreaterThan(amount)
                    ? "total " + o.total().format() + " above " + amount.format() : null;
            case FIRST_ORDER -> o.firstOrder() ? "first order of " + o.email() : null;
            case COUNTRIES_DIFFER -> o.billingCountry() != null && o.shippingCountry() != null
                    && !o.billingCountry().equals(o.shippingCountry())
                    ? "billing country " + o.billingCountry() + " differs from shipping country " + o.shippingCountry()
                    : null;
            case SKU_QUANTITY_ABOVE -> o.quantities().getOrDefault(sku, 0) > quantity
                    ? o.quantities().get(sku) + " x " + sku + " above " + quantity : null;
            case CHANNEL_IN -> values.contains(o.channel().name()) ? "channel " + o.channel() + " in " + values : null;
            case EMAIL_DOMAIN_IN -> {
                String domain = o.email().substring(o.email().indexOf('@') + 1).toLowerCase(Locale.ROOT);
                yield values.contains(domain) ? "email domain " + domain + " in " + values : null;
            }
            case SHIPPING_COUNTRY_IN -> o.shippingCountry() != null && values.contains(o.shippingCountry())
                    ? "shipping country " + o.shippingCountry() + " in " + values : null;
            case SKU_IN -> o.quantities().keySet().stream().filter(values::contains).findFirst()
                    .map(s -> "SKU " + s + " in " + values).orElse(null);
            case EMAIL_ORDERS_LAST_HOUR_ABOVE -> {
                long n = o.ordersFromEmailLastHour();
                yield n > count ? n + " orders from " + o.email() + " in the last hour, more than " + count : null;
            }
        };
    }

    boolean matches(Facts o) {
        return explain(o) != null;
    }
}
