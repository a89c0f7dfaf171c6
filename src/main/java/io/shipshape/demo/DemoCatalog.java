package io.shipshape.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.shipshape.catalog.CreateProduct;
import io.shipshape.inventory.Address;
import io.shipshape.inventory.CreateLocation;
import io.shipshape.inventory.LocationType;
import io.shipshape.inventory.SetStockCount;
import io.shipshape.shared.Money;

/**
 * The demo shop: two warehouses and a store, forty products of an outdoor and apparel shop, and the first
 * stock count of every product at every location (varied; a few low or zero, the down jackets not yet in).
 */
final class DemoCatalog {

    static final String EAST = "WH-EAST";
    static final String WEST = "WH-WEST";
    static final String STORE = "STORE-NYC";

    static final List<CreateLocation> LOCATIONS = List.of(
            new CreateLocation(EAST, "East Coast Fulfillment Center", LocationType.WAREHOUSE,
                    new Address("400 Doremus Ave", null, "Newark", "NJ", "07105", "US"), 40.7245, -74.1390, 1),
            new CreateLocation(WEST, "West Coast Fulfillment Center", LocationType.WAREHOUSE,
                    new Address("1200 Logistics Way", null, "Reno", "NV", "89502", "US"), 39.5051, -119.7752, 2),
            new CreateLocation(STORE, "Shipshape Outfitters SoHo", LocationType.STORE,
                    new Address("110 Spring St", null, "New York", "NY", "10012", "US"), 40.7236, -73.9990, 10));

    /** A product of the demo shop; the barcode is derived from its position. */
    record Product(String sku, String name, long cents, int grams, boolean backorderable) {

        Money price() {
            return DemoOrders.usd(cents);
        }
    }

    static final List<Product> PRODUCTS = List.of(
            new Product("TNT-2P-TRAIL", "Trailhead 2P Backpacking Tent", 32900, 1980, false),
            new Product("TNT-4P-BASE", "Basecamp 4P Family Tent", 48900, 6200, true),
            new Product("TRP-UL-3X3", "Ultralight Silnylon Tarp 3 x 3 m", 12900, 420, false),
            new Product("BAG-DWN-20F", "Summit 20F Down Sleeping Bag", 37900, 1150, false),
            new Product("BAG-SYN-40F", "Valley 40F Synthetic Sleeping Bag", 12900, 1400, false),
            new Product("PAD-AIR-R4", "AirLoft Insulated Sleeping Pad R4.2", 15900, 480, false),
            new Product("PIL-INFL", "Inflatable Camp Pillow", 3900, 95, false),
            new Product("PCK-45L-SLT", "Ridgeline 45L Backpack, Slate", 18900, 1350, false),
            new Product("PCK-65L-BLU", "Expedition 65L Backpack, Blue", 27900, 2100, false),
            new Product("PCK-22L-BLK", "Daypack 22L, Black", 7900, 620, false),
            new Product("HYD-2L", "Hydration Reservoir 2 L", 3400, 190, false),
            new Product("STV-CAN-MINI", "Micro Canister Stove", 4900, 85, false),
            new Product("POT-TI-900", "Titanium Pot 900 ml", 5900, 130, false),
            new Product("FUEL-230", "Isobutane Fuel Canister 230 g", 899, 370, false),
            new Product("BTL-STL-1L", "Insulated Steel Bottle 1 L", 3900, 450, false),
            new Product("FLT-SQZ", "Squeeze Water Filter", 4499, 85, false),
            new Product("LMP-HD-400", "Headlamp 400 lm", 4499, 88, false),
            new Product("LNT-SOLAR", "Solar Camp Lantern", 2999, 210, false),
            new Product("KNF-FLD-75", "Folding Knife 75 mm", 3499, 90, false),
            new Product("TRK-POL-CF", "Carbon Trekking Poles (pair)", 13900, 480, false),
            new Product("NAV-CMP", "Baseplate Compass", 2499, 35, false),
            new Product("FAK-TRAIL", "Trail First-Aid Kit", 2999, 260, false),
            new Product("JKT-RAIN-M-M", "Stormline Rain Jacket, Men's M", 17900, 390, false),
            new Product("JKT-RAIN-W-S", "Stormline Rain Jacket, Women's S", 17900, 360, false),
            new Product("JKT-DWN-M-L", "Featherlite Down Jacket, Men's L", 24900, 340, true),
            new Product("JKT-DWN-W-M", "Featherlite Down Jacket, Women's M", 24900, 310, true),
            new Product("FLC-QZ-M-L", "Grid Fleece Quarter-Zip, Men's L", 8900, 330, false),
            new Product("BSL-MER-W-M", "Merino Base Layer Top, Women's M", 8500, 180, false),
            new Product("HOOD-SUN-M-M", "Sun Hoodie, Men's M", 5900, 200, false),
            new Product("VST-INS-U-M", "Insulated Vest, Unisex M", 12900, 280, false),
            new Product("PNT-HIK-M-32", "Trailblazer Hiking Pants, Men's 32", 8900, 380, false),
            new Product("PNT-HIK-W-8", "Trailblazer Hiking Pants, Women's 8", 8900, 340, false),
            new Product("SHR-TRL-M-M", "Trail Shorts, Men's M", 5500, 190, false),
            new Product("BOOT-MID-M-10", "Granite Mid Hiking Boot, Men's 10", 18900, 1200, false),
            new Product("BOOT-MID-W-8", "Granite Mid Hiking Boot, Women's 8", 18900, 1000, false),
            new Product("SHO-TRL-M-11", "Tempo Trail Runner, Men's 11", 13900, 620, true),
            new Product("SCK-MER-3PK", "Merino Hiking Socks (3-pack)", 3900, 210, false),
            new Product("HAT-SUN-WB", "Wide-Brim Sun Hat", 3400, 110, false),
            new Product("BNE-MER", "Merino Beanie", 2900, 60, false),
            new Product("GLV-LINER", "Liner Gloves", 2499, 55, false));

    /** Counts that differ from the generated ones, by "SKU@LOCATION": pre-season, sold out, nearly out. */
    private static final Map<String, Integer> SPECIAL_COUNTS = Map.ofEntries(
            Map.entry("JKT-DWN-M-L@" + EAST, 0), Map.entry("JKT-DWN-M-L@" + WEST, 0),
            Map.entry("JKT-DWN-W-M@" + EAST, 0), Map.entry("JKT-DWN-W-M@" + WEST, 0),
            Map.entry("JKT-DWN-M-L@" + STORE, 0), Map.entry("JKT-DWN-W-M@" + STORE, 0),
            Map.entry("SHO-TRL-M-11@" + EAST, 4), Map.entry("SHO-TRL-M-11@" + WEST, 0),
            Map.entry("TRP-UL-3X3@" + WEST, 0), Map.entry("NAV-CMP@" + WEST, 0),
            Map.entry("PCK-65L-BLU@" + EAST, 3), Map.entry("LMP-HD-400@" + EAST, 6),
            Map.entry("TNT-4P-BASE@" + EAST, 6), Map.entry("TNT-4P-BASE@" + WEST, 3));

    private static final long STOCK_SEED = 11L;

    private DemoCatalog() {
    }

    static List<CreateProduct> products() {
        List<CreateProduct> commands = new ArrayList<>();
        for (int i = 0; i < PRODUCTS.size(); i++) {
            Product p = PRODUCTS.get(i);
            commands.add(new CreateProduct(p.sku(), p.name(), p.price(), p.grams(),
                    ean13(String.format("08412345%04d", 101 + i * 7)), p.backorderable()));
        }
        return commands;
    }

    /**
     * The first count of every product at every location. The warehouses stock everything, the store about
     * two thirds of the range; warehouses keep a small safety stock.
     */
    static List<SetStockCount> initialCounts() {
        Random rnd = new Random(STOCK_SEED);
        List<SetStockCount> counts = new ArrayList<>();
        for (Product p : PRODUCTS) {
            int bulk = p.cents() < 5000 ? 2 : 1;
            counts.add(count(p, EAST, (12 + rnd.nextInt(40)) * bulk, 2, 15, 60));
            counts.add(count(p, WEST, (10 + rnd.nextInt(35)) * bulk, 2, 10, 40));
            counts.add(count(p, STORE, rnd.nextInt(3) == 0 ? 0 : 3 + rnd.nextInt(12), 0, 3, 10));
        }
        return counts;
    }

    private static SetStockCount count(Product p, String location, int generated, int safety, int reorderPoint,
                                       int reorderQuantity) {
        int onHand = SPECIAL_COUNTS.getOrDefault(p.sku() + "@" + location, generated);
        return new SetStockCount(p.sku(), location, onHand, safety, reorderPoint, reorderQuantity, "initial count",
                DemoData.ACTOR);
    }

    /** An EAN-13: the twelve digits and their check digit. */
    static String ean13(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = twelveDigits.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : digit * 3;
        }
        return twelveDigits + (10 - sum % 10) % 10;
    }
}
