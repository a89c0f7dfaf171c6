package io.shipshape.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Puts the benchmark's catalog in place: {@code locations} warehouses, the SKUs, the hot SKU and the flash SKU,
 * with stock at every location (the flash SKU's units split 60/40 between L1 and L2). Through the API (any
 * server, any database), or for speed with batched plain SQL inserts (H2 and PostgreSQL) that also write the
 * COUNT movements, so the ledger agrees with the balances exactly as if the stock had been counted.
 */
final class Seeder {

    private final BenchData data;
    private final Options o;

    Seeder(BenchData data, Options o) {
        this.data = data;
        this.o = o;
    }

    /** On-hand units per (SKU, location code), the whole seeded stock. */
    Map<String, Map<String, Integer>> stock() {
        Map<String, Map<String, Integer>> stock = new LinkedHashMap<>();
        for (int i = 0; i < data.skus(); i++) {
            stock.put(data.sku(i), perLocation(o.skuStock));
        }
        stock.put(data.hotSku(), perLocation(o.hotStock));
        Map<String, Integer> flash = new LinkedHashMap<>();
        int first = data.locations() == 1 ? o.flashStock : o.flashStock * 3 / 5;
        flash.put(data.location(1), first);
        if (data.locations() > 1) {
            flash.put(data.location(2), o.flashStock - first);
        }
        stock.put(data.flashSku(), flash);
        return stock;
    }

    void viaApi(Api api) throws Exception {
        for (int n = 1; n <= data.locations(); n++) {
            String json = "{\"code\":\"" + data.location(n) + "\",\"name\":\"Bench " + n + "\",\"type\":\"WAREHOUSE\","
                    + "\"priority\":" + n + ",\"address\":{\"line1\":\"" + n + " Bench St\",\"city\":\"Newark\","
                    + "\"postalCode\":\"07101\",\"country\":\"US\"}}";
            api.expect(201, api.post("/api/v1/locations", json, null), "location " + data.location(n));
        }
        Map<String, Map<String, Integer>> stock = stock();
        List<Callable<Void>> products = new ArrayList<>();
        stock.keySet().forEach(sku -> products.add(() -> {
            String json = "{\"sku\":\"" + sku + "\",\"name\":\"Bench " + sku + "\",\"price\":{\"amount\":"
                    + BenchData.PRICE + ",\"currency\":\"USD\"}}";
            api.expect(201, api.post("/api/v1/products", json, null), "product " + sku);
            return null;
        }));
        inParallel(products, 8);
        // One writer per location: two stock counts at the same location at once can deadlock on PostgreSQL
        // (the count locks its level joined with the location row, whose key the other count's insert shares).
        List<Callable<Void>> counts = new ArrayList<>();
        for (int n = 1; n <= data.locations(); n++) {
            String location = data.location(n);
            counts.add(() -> {
                for (var sku : stock.entrySet()) {
                    Integer units = sku.getValue().get(location);
                    if (units != null) {
                        api.expect(200, api.put("/api/v1/inventory/" + sku.getKey() + "/" + location, "{\"onHand\":"
                                + units + "}"), "stock of " + sku.getKey() + " at " + location);
                    }
                }
                return null;
            });
        }
        inParallel(counts, counts.size());
    }

    private static void inParallel(List<Callable<Void>> tasks, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    void viaSql(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, UUID> locations = new LinkedHashMap<>();
        try (PreparedStatement loc = c.prepareStatement("""
                INSERT INTO locations (id, code, name, type, line1, city, postal_code, country, priority, active,
                                       created_at, updated_at)
                VALUES (?, ?, ?, 'WAREHOUSE', ?, 'Newark', '07101', 'US', ?, TRUE, ?, ?)""");
             PreparedStatement product = c.prepareStatement("""
                INSERT INTO products (id, sku, name, price_amount_minor, price_currency, backorderable, active,
                                      created_at, updated_at)
                VALUES (?, ?, ?, ?, 'USD', FALSE, TRUE, ?, ?)""");
             PreparedStatement level = c.prepareStatement("""
                INSERT INTO stock_levels (sku, location_id, on_hand, reserved, safety_stock, updated_at)
                VALUES (?, ?, ?, 0, 0, ?)""");
             PreparedStatement movement = c.prepareStatement("""
                INSERT INTO stock_movements (id, sku, location_id, type, quantity, reason, actor, created_at)
                VALUES (?, ?, ?, 'COUNT', ?, 'bench seed', 'bench', ?)""")) {
            for (int n = 1; n <= data.locations(); n++) {
                UUID id = UUID.randomUUID();
                locations.put(data.location(n), id);
                set(loc, id, data.location(n), "Bench " + n, n + " Bench St", n, now, now);
                loc.executeUpdate();
            }
            int rows = 0;
            for (var sku : stock().entrySet()) {
                set(product, UUID.randomUUID(), sku.getKey(), "Bench " + sku.getKey(), BenchData.PRICE, now, now);
                product.addBatch();
                for (var at : sku.getValue().entrySet()) {
                    set(level, sku.getKey(), locations.get(at.getKey()), at.getValue(), now);
                    level.addBatch();
                    if (at.getValue() != 0) {
                        set(movement, UUID.randomUUID(), sku.getKey(), locations.get(at.getKey()), at.getValue(), now);
                        movement.addBatch();
                    }
                }
                if (++rows % 1000 == 0) {
                    flush(product, level, movement);
                }
            }
            flush(product, level, movement);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private Map<String, Integer> perLocation(int units) {
        Map<String, Integer> at = new LinkedHashMap<>();
        for (int n = 1; n <= data.locations(); n++) {
            at.put(data.location(n), units);
        }
        return at;
    }

    private static void flush(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement s : statements) {
            s.executeBatch();
        }
    }

    private static void set(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }
}
