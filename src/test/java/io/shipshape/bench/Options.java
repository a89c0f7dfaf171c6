package io.shipshape.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The harness's command line (see {@link #USAGE}); the defaults are sized for a 2-core machine. */
final class Options {

    static final List<String> ALL_SCENARIOS = List.of("uniform", "hot", "flash", "mixed");

    static final String USAGE = """
            bench/run [options]   (or: java -cp ... io.shipshape.bench.Harness [options])

            Server (default: start target/shipshape.jar on a fresh PostgreSQL database, dropped at the end)
              --url URL --key KEY        target a running server instead (seeding then goes through the API)
              --db NAME                  with --url: the server's PostgreSQL database (SQL seeding, checks, --orders-1m)
              --admin-password PW        with --url: staff 'admin' password, for the back-office pages
              --jar PATH                 server jar (target/shipshape.jar)
              --jvm-opts "OPTS"          JVM options of the started server (default: -Xmx256m, README's setting;
                                         "" for the JVM's own defaults)
              --keep                     keep the databases the run created
              --pg-host H --pg-port P --pg-user U   PostgreSQL (127.0.0.1, 5432, postgres; PGPASSWORD if needed)
            Load
              --scenarios LIST           uniform,hot,flash,mixed (all)
              --clients N                concurrent capture clients of uniform and mixed (32)
              --hot-clients N            concurrent clients of hot and flash (64)
              --readers N                list/search/read clients beside the captures of mixed (4)
              --server-warmup S          unrecorded uniform load before the first scenario, for the JIT (20)
              --duration S --warmup S    measured seconds per scenario (20) after a warm-up (5; none for flash)
              --skus N --locations N     catalog size (10000) and locations (2)
              --sku-stock N              units of each SKU per location (100000)
              --hot-stock N              units of the hot SKU per location (10000000)
              --flash-stock N            units of the flash SKU in all (500), 60% at L1
              --seed auto|api|sql        auto: bulk SQL when the database is known, else through the API
            Also
              --no-baseline              skip the pgbench bare-SQL baseline
              --orders-1m                first seed 1,000,000 orders with bench/seed-orders.sql (--seed-orders N)
              --list-runs N              timed runs of each order list/search query (30)
              --out DIR                  results.json, results.md, server and pgbench files (target/bench)
            """;

    /** The arguments as given, for the record. */
    List<String> arguments = List.of();
    String url;
    String key;
    String adminPassword;
    Path jar = Path.of("target/shipshape.jar");
    /** README's recommended setting ("JVM settings"): the live heap under load is ~60 MB. */
    List<String> jvmOptions = List.of("-Xmx256m");
    String pgHost = "127.0.0.1";
    int pgPort = 5432;
    String pgUser = "postgres";
    String db;
    boolean keep;
    List<String> scenarios = ALL_SCENARIOS;
    int clients = 32;
    int hotClients = 64;
    int readers = 4;
    double serverWarmup = 20;
    double duration = 20;
    double warmup = 5;
    int skus = 10_000;
    int locations = 2;
    int skuStock = 100_000;
    int hotStock = 10_000_000;
    int flashStock = 500;
    String seed = "auto";
    boolean baseline = true;
    boolean orders1m;
    int seedOrders = 1_000_000;
    Path seedOrdersFile = Path.of("bench/seed-orders.sql");
    int listRuns = 30;
    Path out = Path.of("target/bench");

    static Options parse(String... args) {
        Options o = new Options();
        o.arguments = List.of(args);
        List<String> a = new ArrayList<>(Arrays.asList(args));
        while (!a.isEmpty()) {
            String name = a.remove(0);
            switch (name) {
                case "--keep" -> o.keep = true;
                case "--no-baseline" -> o.baseline = false;
                case "--orders-1m" -> o.orders1m = true;
                default -> {
                    if (a.isEmpty() || !name.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option or missing value: " + name);
                    }
                    o.set(name, a.remove(0));
                }
            }
        }
        if ((o.url == null) != (o.key == null)) {
            throw new IllegalArgumentException("--url and --key go together");
        }
        if (!o.scenarios.stream().allMatch(ALL_SCENARIOS::contains)) {
            throw new IllegalArgumentException("scenarios are " + ALL_SCENARIOS + ", not " + o.scenarios);
        }
        if (!List.of("auto", "api", "sql").contains(o.seed) || o.locations < 1 || o.skus < 1) {
            throw new IllegalArgumentException("--seed is auto, api or sql; --skus and --locations at least 1");
        }
        return o;
    }

    private void set(String name, String v) {
        switch (name) {
            case "--url" -> url = v;
            case "--key" -> key = v;
            case "--admin-password" -> adminPassword = v;
            case "--jar" -> jar = Path.of(v);
            case "--jvm-opts" -> jvmOptions = v.isBlank() ? List.of() : List.of(v.trim().split("\\s+"));
            case "--pg-host" -> pgHost = v;
            case "--pg-port" -> pgPort = Integer.parseInt(v);
            case "--pg-user" -> pgUser = v;
            case "--db" -> db = v;
            case "--scenarios" -> scenarios = List.of(v.split(","));
            case "--clients" -> clients = Integer.parseInt(v);
            case "--hot-clients" -> hotClients = Integer.parseInt(v);
            case "--readers" -> readers = Integer.parseInt(v);
            case "--server-warmup" -> serverWarmup = Double.parseDouble(v);
            case "--duration" -> duration = Double.parseDouble(v);
            case "--warmup" -> warmup = Double.parseDouble(v);
            case "--skus" -> skus = Integer.parseInt(v);
            case "--locations" -> locations = Integer.parseInt(v);
            case "--sku-stock" -> skuStock = Integer.parseInt(v);
            case "--hot-stock" -> hotStock = Integer.parseInt(v);
            case "--flash-stock" -> flashStock = Integer.parseInt(v);
            case "--seed" -> seed = v;
            case "--seed-orders" -> seedOrders = Integer.parseInt(v);
            case "--seed-orders-file" -> seedOrdersFile = Path.of(v);
            case "--list-runs" -> listRuns = Integer.parseInt(v);
            case "--out" -> out = Path.of(v);
            default -> throw new IllegalArgumentException("unknown option " + name);
        }
    }

    /** Clients of a scenario: hot and flash use {@code --hot-clients}. */
    int clientsOf(String scenario) {
        return scenario.equals("hot") || scenario.equals("flash") ? hotClients : clients;
    }

    /** Whether the harness starts (and owns) the server. */
    boolean startsServer() {
        return url == null;
    }
}
