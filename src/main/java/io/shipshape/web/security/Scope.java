package io.shipshape.web.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an API key may do. A {@code :write} scope includes the {@code :read} scope of the same resource;
 * {@code admin} includes every scope. Authorities are granted as {@code SCOPE_<name>}.
 */
public enum Scope {
    ORDERS_READ("orders:read"),
    ORDERS_WRITE("orders:write", ORDERS_READ),
    INVENTORY_READ("inventory:read"),
    INVENTORY_WRITE("inventory:write", INVENTORY_READ),
    CATALOG_READ("catalog:read"),
    CATALOG_WRITE("catalog:write", CATALOG_READ),
    CUSTOMERS_READ("customers:read"),
    CUSTOMERS_WRITE("customers:write", CUSTOMERS_READ),
    FULFILLMENT_READ("fulfillment:read"),
    FULFILLMENT_WRITE("fulfillment:write", FULFILLMENT_READ),
    RETURNS_READ("returns:read"),
    RETURNS_WRITE("returns:write", RETURNS_READ),
    WEBHOOKS_READ("webhooks:read"),
    WEBHOOKS_WRITE("webhooks:write", WEBHOOKS_READ),
    EVENTS_READ("events:read"),
    REPORTS_READ("reports:read"),
    METRICS_READ("metrics:read"),
    ADMIN("admin");

    private final String value;
    private final Scope implied;

    Scope(String value) {
        this(value, null);
    }

    Scope(String value, Scope implied) {
        this.value = value;
        this.implied = implied;
    }

    public String value() {
        return value;
    }

    public String authority() {
        return "SCOPE_" + value;
    }

    public static Optional<Scope> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }

    /** The scopes these grant, with everything they imply. */
    public static Set<Scope> expand(Set<Scope> granted) {
        if (granted.contains(ADMIN)) {
            return EnumSet.allOf(Scope.class);
        }
        Set<Scope> all = EnumSet.noneOf(Scope.class);
        for (Scope s : granted) {
            all.add(s);
            if (s.implied != null) {
                all.add(s.implied);
            }
        }
        return all;
    }
}
