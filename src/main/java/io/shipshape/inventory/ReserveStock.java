package io.shipshape.inventory;

import java.util.List;

/**
 * Command: reserve the lines of one order, all or nothing. {@code locationCode}, when set, is the order's own
 * location (a POS sale or a store order): the {@code ORDER_LOCATION} sourcing rule takes every line from there.
 * {@code destination} (optional) is where the order ships, for the {@code DESTINATION_COUNTRY} and
 * {@code NEAREST} rules. A backorderable line takes what is available and reports the rest as backordered
 * instead of failing the order.
 */
public record ReserveStock(String reference, String locationCode, List<Line> lines, String actor,
                           Destination destination) {

    public ReserveStock(String reference, String locationCode, List<Line> lines, String actor) {
        this(reference, locationCode, lines, actor, null);
    }

    public record Line(int lineNo, String sku, int quantity, boolean backorderable) {
    }

    /** Where the order ships: ISO 3166-1 alpha-2 country, and latitude/longitude in degrees when known. */
    public record Destination(String country, Double latitude, Double longitude) {
    }
}
