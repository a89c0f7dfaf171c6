package io.shipshape.inventory;

/**
 * Command: change a location (everything but its code, which orders and allocations refer to). An inactive
 * location keeps its stock but is no longer chosen for reservations.
 */
public record UpdateLocation(String name, LocationType type, Address address, Double latitude, Double longitude,
                             int priority, boolean active) {
}
