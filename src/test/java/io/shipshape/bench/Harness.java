package io.shipshape.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Shipshape's benchmark harness (see bench/README.md): starts the server on a fresh PostgreSQL database (or
 * targets one with --url), seeds the catalog, drives the capture scenarios, verifies that nothing was oversold,
 * times the order list, then runs the pgbench bare-SQL baseline and writes target/bench/results.{json,md}.
 * Exits 1 when a check failed. A measurement, not a test: it asserts no time.
 */
public final class Harness {

    private Harness() {
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.println(Options.USAGE);
            return;
        }
        quietLibraryLogging();
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n\n" + Options.USAGE);
            System.exit(2);
            return;
        }
        System.exit(run(options).ok() ? 0 : 1);
    }

    /** One whole run; answers what it measured (also written under {@code --out}). */
    static Results run(Options o) throws Exception {
        Files.createDirectories(o.out);
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String tag = Long.toString(System.currentTimeMillis(), 36);
        Postgres pg = new Postgres(o);
        String db = o.startsServer() ? "shipshape_bench_" + tag : o.db;
        ServerProcess server = null;
        Results.Server serverInfo = new Results.Server("external", o.url, null, null, null, List.of());
        ServerBench.Measured measured;
        try {
            if (o.startsServer()) {
                pg.create(db);
                log("starting " + o.jar + " on PostgreSQL database " + db);
                server = ServerProcess.start(o, pg.jdbcUrl(db), pg.user(), pg.password(), o.out.resolve("server.log"));
                serverInfo = new Results.Server("started", server.baseUrl(), round(server.startupSeconds()),
                        server.rssMb(), null, o.jvmOptions);
                log(String.format("ready in %.1f s (pid %d, RSS %d MB)", server.startupSeconds(), server.pid(),
                        server.rssMb()));
            }
            Api api = server != null ? new Api(server.baseUrl(), ServerProcess.KEY) : new Api(o.url, o.key);
            String password = server != null ? ServerProcess.ADMIN_PASSWORD : o.adminPassword;
            BenchData data = new BenchData(o.startsServer() ? "BENCH-" : "B" + tag + "-", o.skus, o.locations);
            try (Connection c = db == null ? null : pg.connect(db)) {
                measured = new ServerBench(o, pg, db, c, api, data, server).run(tag, password);
            }
            if (server != null) {
                Long peak = measured.scenarios().stream().map(Results.Scenario::rssPeakMb).max(Long::compare)
                        .orElse(null);
                serverInfo = new Results.Server("started", serverInfo.url(), serverInfo.startupSeconds(),
                        serverInfo.rssReadyMb(), peak, o.jvmOptions);
                server.close();
                server = null;
            }
        } finally {
            if (server != null) {
                server.close();
            }
            if (o.startsServer() && !o.keep) {
                pg.drop(db);
            }
        }
        List<Baseline.Result> baseline = List.of();
        List<String> notes = new ArrayList<>();
        if (o.baseline) {
            List<String> variants = new ArrayList<>();
            if (o.scenarios.contains("uniform") || o.scenarios.contains("mixed")) {
                variants.add("uniform");
            }
            if (o.scenarios.contains("hot")) {
                variants.add("hot");
            }
            log("pgbench bare-SQL baseline " + variants);
            try {
                baseline = new Baseline(pg, o).run(variants, tag);
            } catch (Exception e) {
                notes.add("The pgbench baseline failed: " + e.getMessage());
                log(notes.get(notes.size() - 1));
            }
        }
        List<Results.Scenario> scenarios = new ArrayList<>();
        for (Results.Scenario s : measured.scenarios()) {
            String variant = s.name().equals("hot") ? "hot" : s.name().equals("flash") ? null : "uniform";
            Double base = baseline.stream().filter(b -> b.variant().equals(variant) && b.clients() == s.clients())
                    .map(Baseline.Result::ordersPerSecond).findFirst().orElse(null);
            scenarios.add(s.withBaseline(base));
        }
        var machine = new Results.Machine(Runtime.getRuntime().availableProcessors(), memoryMb(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.version"), db != null || o.baseline ? pg.describe() : "database not known");
        String command = "bench/run " + String.join(" ", o.arguments.stream()
                .map(a -> a.equals(o.key) || a.equals(o.adminPassword) ? "***" : a).toList());
        Results results = new Results(startedAt, command.strip(), machine, serverInfo, measured.seed(), scenarios,
                baseline, measured.orderList(), measured.checks(), notes,
                measured.checks().stream().allMatch(Verifier.Check::ok));
        System.out.println(Report.write(results, o.out));
        log("results in " + o.out.resolve("results.json") + " and " + o.out.resolve("results.md"));
        return results;
    }

    private static long memoryMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (Exception notLinux) {
            // unknown
        }
        return 0;
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** Flyway and the JDBC driver log through Logback, whose default without configuration is DEBUG. */
    private static void quietLibraryLogging() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    static void log(String message) {
        System.err.println("[bench] " + message);
    }
}
