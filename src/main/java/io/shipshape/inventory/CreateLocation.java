package io.shipshape.inventory;

/** Command: add a warehouse or store. A null priority means the default, 100. */
public record CreateLocation(String code, String name, LocationType type, Address address, Double latitude,
                             Double longitude, Integer priority) {
}
