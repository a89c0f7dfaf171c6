package io.shipshape.inventory;

import java.util.Set;

/**
 * The kinds of sourcing rule. Each one narrows or ranks the locations that have stock for an order, and can say
 * in a sentence why it preferred a location (see {@link SourcingPlanner}).
 */
public enum SourcingRuleType {
    /** The order names its location (POS and store orders): everything is taken from there. */
    ORDER_LOCATION("The order's own location (POS and store orders) supplies everything", Set.of()),
    /** Locations in the shipping address's country come first. */
    DESTINATION_COUNTRY("Locations in the shipping country first", Set.of()),
    /** A location that can ship the whole order comes first; otherwise the one that can ship the most units. */
    FEWEST_LOCATIONS("One location for the whole order if possible, else as few as possible", Set.of()),
    /**
     * Nearest to the destination by great-circle distance, when the shipping address and the location both have
     * latitude and longitude. Parameter {@code bandKm} (optional): distances in the same band of that many
     * kilometres count as equal, so later rules decide between them.
     */
    NEAREST("Nearest to the shipping address (latitude/longitude)", Set.of("bandKm")),
    /** Lowest priority number first, then location code. */
    PRIORITY("Lowest location priority number first, then code", Set.of());

    private final String description;
    private final Set<String> params;

    SourcingRuleType(String description, Set<String> params) {
        this.description = description;
        this.params = params;
    }

    public String description() {
        return description;
    }

    /** The parameter names this type accepts. */
    public Set<String> params() {
        return params;
    }
}
