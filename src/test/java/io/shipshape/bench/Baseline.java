package io.shipshape.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The bare-SQL baseline: pgbench running {@link BaselineScript} (one order per transaction) at the same client
 * count as the Shipshape scenario it is compared with, on a scratch database migrated with Shipshape's own
 * migrations and seeded like the run's. Latency percentiles come from pgbench's per-transaction log.
 */
final class Baseline {

    record Result(String variant, int clients, double seconds, long transactions, long failed, double ordersPerSecond,
                  Latencies.Summary latencyMs) {
    }

    private final Postgres pg;
    private final Options o;

    Baseline(Postgres pg, Options o) {
        this.pg = pg;
        this.o = o;
    }

    /** Runs the variants ("uniform", "hot") in a scratch database that is dropped afterwards unless --keep. */
    List<Result> run(List<String> variants, String tag) throws Exception {
        String db = "shipshape_bench_" + tag + "_sql";
        BenchData data = new BenchData("BENCH-", o.skus, o.locations);
        pg.create(db);
        try {
            pg.migrate(db);
            UUID location;
            try (Connection c = pg.connect(db)) {
                new Seeder(data, o).viaSql(c);
                location = locationId(c, data.location(1));
            }
            List<Result> results = new ArrayList<>();
            for (String variant : variants) {
                Path script = o.out.resolve("baseline-" + variant + ".sql");
                Files.writeString(script, BaselineScript.of(data, location, variant.equals("hot")));
                results.add(pgbench(db, variant, script, o.clientsOf(variant)));
            }
            return results;
        } finally {
            if (!o.keep) {
                pg.drop(db);
            }
        }
    }

    private Result pgbench(String db, String variant, Path script, int clients) throws Exception {
        int threads = Math.min(clients, Runtime.getRuntime().availableProcessors());
        List<String> common = List.of("-n", "-M", "prepared", "-c", String.valueOf(clients), "-j",
                String.valueOf(threads), "-f", script.toString());
        int warmup = (int) Math.ceil(o.warmup);
        if (warmup > 0) {
            pg.pgbench(db, concat(common, "-T", String.valueOf(warmup)),
                    o.out.resolve("pgbench-" + variant + "-warmup.log"));
        }
        int seconds = Math.max(1, (int) Math.round(o.duration));
        Path logs = Files.createDirectories(o.out.resolve("pgbench-" + variant + "-tx"));
        try (Stream<Path> old = Files.list(logs)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        String out = pg.pgbench(db, concat(common, "-T", String.valueOf(seconds), "-l", "--log-prefix",
                logs.resolve("tx").toString()), o.out.resolve("pgbench-" + variant + ".log"));
        Latencies latencies = new Latencies();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path f : files.toList()) {
                try (Stream<String> lines = Files.lines(f)) {
                    lines.forEach(line -> latencies.add(Long.parseLong(line.split(" ")[2]) * 1000));
                }
            }
        }
        long processed = number(out, "number of transactions actually processed: (\\d+)");
        long failed = number(out, "number of failed transactions: (\\d+)");
        double tps = Double.parseDouble(match(out, "tps = ([0-9.]+)"));
        return new Result(variant, clients, seconds, processed, failed, Math.round(tps * 10) / 10.0,
                latencies.summary());
    }

    private static UUID locationId(Connection c, String code) throws Exception {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM locations WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        }
    }

    private static List<String> concat(List<String> a, String... b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(List.of(b));
        return all;
    }

    private static long number(String out, String regex) {
        String m = match(out, regex);
        return m.isEmpty() ? 0 : Long.parseLong(m);
    }

    private static String match(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? m.group(1) : "";
    }
}
