package io.shipshape.shared.web;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What a staff role may do in the back office, in one table. The security rules refuse (403) what a role lacks
 * and the templates hide it ({@code ${can.contains('CATALOG_WRITE')}}), so both read from here.
 */
public enum Capability {
    /** Read every screen. */
    VIEW,
    /** Enter phone and in-store orders, add notes. */
    ORDERS_WRITE,
    /** Create and edit products. */
    CATALOG_WRITE,
    /** Create and edit locations, set stock counts. */
    INVENTORY_WRITE,
    /** Create and edit customers. */
    CUSTOMERS_WRITE,
    /** Pick, pack, ship and deliver; report short picks. */
    FULFILLMENT_WRITE,
    /** Approve, reject and receive returns. */
    RETURNS_WRITE,
    /** Open, answer and resolve customer cases. */
    CASES_WRITE,
    /** Record manual payments, capture and refund. */
    PAYMENTS_WRITE,
    /** Hold rules, webhooks, carriers and customer notifications. */
    SETTINGS_MANAGE,
    /** Create, disable and change staff users. */
    USERS_MANAGE,
    /** Create and revoke API keys. */
    API_KEYS_MANAGE;

    private static final Map<String, Set<Capability>> BY_ROLE = Map.of(
            "ADMIN", EnumSet.allOf(Capability.class),
            "MANAGER", EnumSet.of(VIEW, ORDERS_WRITE, CATALOG_WRITE, INVENTORY_WRITE, CUSTOMERS_WRITE,
                    FULFILLMENT_WRITE, RETURNS_WRITE, CASES_WRITE, PAYMENTS_WRITE, SETTINGS_MANAGE),
            "WAREHOUSE", EnumSet.of(VIEW, INVENTORY_WRITE, FULFILLMENT_WRITE, RETURNS_WRITE),
            "SUPPORT", EnumSet.of(VIEW, ORDERS_WRITE, CUSTOMERS_WRITE, RETURNS_WRITE, CASES_WRITE),
            "VIEWER", EnumSet.of(VIEW));

    /** The roles (without {@code ROLE_}) that have this capability. */
    public String[] roles() {
        return BY_ROLE.entrySet().stream().filter(e -> e.getValue().contains(this)).map(Map.Entry::getKey)
                .sorted().toArray(String[]::new);
    }

    /** The capabilities of a user with these roles. */
    public static Set<Capability> of(Iterable<String> roles) {
        Set<Capability> all = EnumSet.noneOf(Capability.class);
        for (String role : roles) {
            all.addAll(BY_ROLE.getOrDefault(role.startsWith("ROLE_") ? role.substring(5) : role, Set.of()));
        }
        return all;
    }
}
