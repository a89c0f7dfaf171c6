package io.shipshape.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.shipshape.bench.Harness.log;
import static io.shipshape.bench.Harness.round;

/**
 * Everything measured against the server, in order: seed the catalog (and with --orders-1m a million orders),
 * warm the server's JIT up with unrecorded uniform load (the first scenario would otherwise pay for it), run
 * the scenarios (sampling the server's RSS per scenario when the harness started it), verify, and time the
 * order list and search.
 */
final class ServerBench {

    record Measured(Results.Seed seed, List<Results.Scenario> scenarios, List<Verifier.Check> checks,
                    Results.OrderList orderList) {
    }

    private final Options o;
    private final Postgres pg;
    private final String db;
    private final Connection c;
    private final Api api;
    private final BenchData data;
    private final ServerProcess server;

    /** {@code db} and {@code c} may be null (a server whose database is not known), {@code server} too. */
    ServerBench(Options o, Postgres pg, String db, Connection c, Api api, BenchData data, ServerProcess server) {
        this.o = o;
        this.pg = pg;
        this.db = db;
        this.c = c;
        this.api = api;
        this.data = data;
        this.server = server;
    }

    Measured run(String tag, String adminPassword) throws Exception {
        Seeder seeder = new Seeder(data, o);
        Results.Seed seed = seed(seeder);
        Scenarios load = new Scenarios(api, data, tag);
        if (o.serverWarmup > 0 && !o.scenarios.isEmpty()) {
            log("warming the server up: " + o.clients + " clients of uniform orders for " + o.serverWarmup + " s");
            LoadDriver.run(load.workers("warmup", o.clients, 0), o.serverWarmup, 0);
        }
        List<Results.Scenario> results = new ArrayList<>();
        LoadDriver.Recorder flash = null;
        for (String name : o.scenarios) {
            LoadDriver.Recorder recorder = new LoadDriver.Recorder();
            results.add(scenario(load, name, recorder));
            flash = name.equals("flash") ? recorder : flash;
        }
        log("verifying");
        List<Verifier.Check> checks = new Verifier(api, c, data, o).verify(seeder.stock(), load.allocated(),
                load.transportErrors(), flash);
        checks.forEach(check -> log((check.ok() ? "ok: " : "FAILED: ") + check.name() + " " + check.detail()));
        log("order list and search, " + o.listRuns + " runs each");
        var queries = new ListBench(api, adminPassword, data.sku(Math.min(42, o.skus - 1))).run(o.listRuns);
        Long orders = null;
        if (c != null) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM orders")) {
                orders = rs.next() ? rs.getLong(1) : null;
            }
        }
        return new Measured(seed, results, checks, new Results.OrderList(orders, queries));
    }

    private Results.Seed seed(Seeder seeder) throws Exception {
        boolean sql = o.seed.equals("sql") || (o.seed.equals("auto") && c != null);
        if ((sql || o.orders1m) && c == null) {
            throw new IllegalArgumentException("--seed sql and --orders-1m need the database: --db NAME with --url");
        }
        long t0 = System.nanoTime();
        if (sql) {
            seeder.viaSql(c);
        } else {
            seeder.viaApi(api);
        }
        double seconds = round((System.nanoTime() - t0) / 1e9);
        log(o.skus + " SKUs x " + o.locations + " locations seeded via " + (sql ? "SQL" : "the API") + " in "
                + seconds + " s");
        Double ordersSeconds = null;
        if (o.orders1m) {
            log("seeding " + o.seedOrders + " orders with " + o.seedOrdersFile);
            t0 = System.nanoTime();
            pg.psql(db, o.seedOrdersFile, Map.of("orders", String.valueOf(o.seedOrders)),
                    o.out.resolve("seed-orders.log"));
            ordersSeconds = round((System.nanoTime() - t0) / 1e9);
            log("seeded in " + ordersSeconds + " s");
        }
        return new Results.Seed(sql ? "sql" : "api", o.skus, o.locations, seconds, o.orders1m ? o.seedOrders : null,
                ordersSeconds);
    }

    /** Runs one scenario; its recorder is filled into {@code all} (the flash check needs it). */
    private Results.Scenario scenario(Scenarios load, String name, LoadDriver.Recorder all) throws Exception {
        int clients = o.clientsOf(name);
        int readers = name.equals("mixed") ? o.readers : 0;
        double warmup = name.equals("flash") ? 0 : o.warmup;
        log(name + ": " + clients + " clients" + (readers > 0 ? " + " + readers + " readers" : "") + ", " + warmup
                + " s warm-up + " + o.duration + " s");
        if (server != null) {
            server.takePeakMb();
        }
        java.sql.Timestamp started = new java.sql.Timestamp(System.currentTimeMillis());
        long t0 = System.nanoTime();
        var m = LoadDriver.run(load.workers(name, clients, readers), warmup, o.duration);
        LoadDriver.Recorder rec = m.recorder();
        all.addAll(rec);
        long ok = rec.count("capture", "ok");
        Map<String, Results.Reads> reads = new LinkedHashMap<>();
        for (String kind : List.of("list", "search", "read")) {
            Latencies l = rec.latencies.get(kind);
            if (l != null) {
                reads.put(kind, new Results.Reads(round(l.size() / m.seconds()), l.summary(), rec.outcomes.get(kind)));
            }
        }
        var s = new Results.Scenario(name, clients, readers, round(m.seconds()), ok, round(ok / m.seconds()),
                round(rec.total("capture") / m.seconds()),
                rec.latencies.getOrDefault("capture", new Latencies()).summary(),
                rec.outcomes.getOrDefault("capture", Map.of()), reads, server == null ? null : server.takePeakMb(),
                drain(started, t0), null, null);
        log(String.format("%s: %.1f orders/s, p50 %.1f ms, p99 %.1f ms, outcomes %s%s", name, s.ordersPerSecond(),
                s.latencyMs().p50(), s.latencyMs().p99(), s.outcomes(), s.processing() == null ? ""
                        : String.format("; after-commit backlog %d, drained in %.1f s, %.1f orders/s end to end",
                        s.processing().backlogAtEnd(), s.processing().drainSeconds(),
                        s.processing().ordersPerSecond())));
        return s;
    }

    /**
     * Waits until the server has finished the after-commit work of the scenario's orders (no unfinished event
     * publication left), so that the next scenario and the list timings start on a quiet server and the end-to-end
     * rate is known. Capture answers before this work is done: a capture rate alone hides a growing backlog.
     */
    private Results.Processing drain(java.sql.Timestamp started, long t0) throws Exception {
        if (c == null) {
            return null;
        }
        long backlog = unfinished();
        long drainStart = System.nanoTime();
        long left = backlog;
        while (left > 0 && System.nanoTime() - drainStart < 600_000_000_000L) {
            Thread.sleep(200);
            left = unfinished();
        }
        long end = System.nanoTime();
        long captured;
        try (var ps = c.prepareStatement("SELECT COUNT(*) FROM orders WHERE created_at >= ?")) {
            ps.setTimestamp(1, started);
            try (ResultSet rs = ps.executeQuery()) {
                captured = rs.next() ? rs.getLong(1) : 0;
            }
        }
        if (left > 0) {
            log("after-commit work still unfinished after 600 s: " + left + " publications");
        }
        return new Results.Processing(backlog, round((end - drainStart) / 1e9), round(captured / ((end - t0) / 1e9)));
    }

    private long unfinished() throws Exception {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
