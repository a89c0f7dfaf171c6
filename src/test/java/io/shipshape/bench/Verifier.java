package io.shipshape.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;

/**
 * After the load: no unit oversold (per SKU x location, reserved + safety stock within on-hand, on-hand as
 * seeded), reserved equal to what the 201 answers allocated (and, with database access, to the order
 * allocations stored), the flash sale sold exactly its units and refused everyone else with
 * {@code insufficient-stock}, and the server's own consistency check is ok.
 */
final class Verifier {

    record Check(String name, boolean ok, String detail) {
    }

    private record Level(long onHand, long reserved, long safety) {
    }

    private final Api api;
    private final Connection db;
    private final BenchData data;
    private final Options o;

    Verifier(Api api, Connection db, BenchData data, Options o) {
        this.api = api;
        this.db = db;
        this.data = data;
        this.o = o;
    }

    List<Check> verify(Map<String, Map<String, Integer>> seeded, Map<String, Long> answered, long transportErrors,
                       LoadDriver.Recorder flash) throws Exception {
        Map<String, Level> levels = db != null ? levelsBySql() : levelsByApi(seeded.keySet());
        List<Check> checks = new ArrayList<>();
        List<String> oversold = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        seeded.forEach((sku, at) -> at.forEach((loc, units) -> {
            Level l = levels.getOrDefault(sku + "@" + loc, new Level(-1, -1, -1));
            if (l.onHand() != units || l.reserved() < 0 || l.reserved() + l.safety() > l.onHand()) {
                oversold.add(sku + "@" + loc + " " + l);
            }
            if (l.reserved() != answered.getOrDefault(sku + "@" + loc, 0L)) {
                unanswered.add(sku + "@" + loc + " reserved " + l.reserved() + ", answers allocated "
                        + answered.getOrDefault(sku + "@" + loc, 0L));
            }
        }));
        checks.add(check("no unit oversold (reserved <= on hand, per SKU x location)", oversold, levels.size()));
        checks.add(new Check("reserved = units the 201 answers allocated", unanswered.isEmpty(),
                (unanswered.isEmpty() ? levels.size() + " stock levels checked" : unanswered.size() + " wrong: "
                        + first(unanswered)) + (transportErrors > 0 ? "; " + transportErrors
                        + " captures got no answer" : "")));
        if (db != null) {
            Map<String, Long> stored = allocationsBySql();
            List<String> differ = new ArrayList<>();
            levels.forEach((key, l) -> {
                if (l.reserved() != stored.getOrDefault(key, 0L)) {
                    differ.add(key + " reserved " + l.reserved() + ", stored allocations "
                            + stored.getOrDefault(key, 0L));
                }
            });
            checks.add(check("reserved = sum of order allocations in the database", differ, levels.size()));
        }
        if (flash != null) {
            long sold = seeded.get(data.flashSku()).keySet().stream()
                    .mapToLong(loc -> levels.get(data.flashSku() + "@" + loc).reserved()).sum();
            long accepted = flash.count("capture", "ok");
            long refused = flash.count("capture", "insufficient-stock");
            long other = flash.total("capture") - accepted - refused;
            checks.add(new Check("flash: units sold = units there were; every other buyer got insufficient-stock",
                    sold == o.flashStock && accepted == o.flashStock && other == 0, "units " + o.flashStock + ", sold "
                    + sold + ", orders accepted " + accepted + ", insufficient-stock " + refused + ", other " + other
                    + (sold < o.flashStock && other == 0 ? "; the stock did not run out: raise --duration or lower"
                    + " --flash-stock" : "")));
        }
        JsonNode consistency = api.expect(200, api.get("/api/v1/inventory/consistency"), "consistency").json();
        List<String> problems = new ArrayList<>();
        consistency.path("problems").forEach(p -> problems.add(p.toString()));
        checks.add(new Check("GET /api/v1/inventory/consistency is ok", consistency.path("ok").asBoolean(),
                problems.size() + " problems" + (problems.isEmpty() ? "" : ": " + first(problems))));
        return checks;
    }

    private static Check check(String name, List<String> failures, int of) {
        return new Check(name, failures.isEmpty(), failures.isEmpty() ? of + " stock levels checked"
                : failures.size() + " of " + of + " wrong: " + first(failures));
    }

    private static String first(List<String> items) {
        return items.isEmpty() ? "" : String.join("; ", items.subList(0, Math.min(3, items.size())));
    }

    private Map<String, Level> levelsBySql() throws SQLException {
        Map<String, Level> levels = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement("""
                SELECT s.sku, l.code, s.on_hand, s.reserved, s.safety_stock FROM stock_levels s
                JOIN locations l ON l.id = s.location_id WHERE l.code IN (""" + locationParams() + ")")) {
            bindLocations(s);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    levels.put(rs.getString(1) + "@" + rs.getString(2), new Level(rs.getLong(3), rs.getLong(4),
                            rs.getLong(5)));
                }
            }
        }
        return levels;
    }

    private Map<String, Long> allocationsBySql() throws SQLException {
        Map<String, Long> sums = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement("""
                SELECT ol.sku, a.location_code, SUM(a.quantity) FROM order_allocations a
                JOIN order_lines ol ON ol.order_id = a.order_id AND ol.line_no = a.line_no
                WHERE a.location_code IN (""" + locationParams() + ") GROUP BY ol.sku, a.location_code")) {
            bindLocations(s);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sums.put(rs.getString(1) + "@" + rs.getString(2), rs.getLong(3));
                }
            }
        }
        return sums;
    }

    private String locationParams() {
        return String.join(",", Collections.nCopies(data.locations(), "?"));
    }

    private void bindLocations(PreparedStatement s) throws SQLException {
        for (int n = 1; n <= data.locations(); n++) {
            s.setString(n, data.location(n));
        }
    }

    private Map<String, Level> levelsByApi(Iterable<String> skus) throws Exception {
        Map<String, Level> levels = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String sku : skus) {
                done.add(pool.submit(() -> {
                    JsonNode stock = api.expect(200, api.get("/api/v1/inventory/" + sku), "stock of " + sku).json();
                    for (JsonNode at : stock.path("locations")) {
                        levels.put(sku + "@" + at.path("location").asString(), new Level(at.path("onHand").asLong(),
                                at.path("reserved").asLong(), at.path("safetyStock").asLong()));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return levels;
    }
}
