package io.shipshape.notifications;

import java.util.ArrayList;
import java.util.List;

import io.shipshape.inventory.Address;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.LocationView;
import org.springframework.stereotype.Component;

/** The store a click-and-collect order waits at, as a customer needs it: its name and postal address. */
@Component
class PickupStores {

    private final InventoryManagement inventory;

    PickupStores(InventoryManagement inventory) {
        this.inventory = inventory;
    }

    MailFacts.Pickup pickup(String locationCode) {
        LocationView store = inventory.location(locationCode);
        return new MailFacts.Pickup(store.name(), addressLines(store.address()));
    }

    static List<String> addressLines(Address a) {
        List<String> lines = new ArrayList<>();
        if (a == null) {
            return lines;
        }
        add(lines, a.line1());
        add(lines, a.line2());
        add(lines, join(a.postalCode(), a.city()));
        add(lines, join(a.region(), a.country()));
        return lines;
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
    }

    private static void add(List<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line.strip());
        }
    }
}
