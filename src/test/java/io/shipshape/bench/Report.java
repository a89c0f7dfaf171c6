package io.shipshape.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes results.json and results.md (the Markdown table that the README's Performance section quotes). */
final class Report {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Report() {
    }

    static String write(Results r, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("results.json"), JSON.writeValueAsString(r));
        String md = markdown(r);
        Files.writeString(dir.resolve("results.md"), md);
        return md;
    }

    static String markdown(Results r) {
        StringBuilder md = new StringBuilder("### Shipshape benchmark, ").append(r.startedAt()).append("\n\n`")
                .append(r.command()).append("`\n\n");
        var m = r.machine();
        md.append("Machine: ").append(m.cores()).append(" cores, ").append(m.memoryMb() / 1024).append(" GB, ")
                .append(m.os()).append(", Java ").append(m.java()).append(", ").append(m.postgres()).append(".  \n");
        var s = r.server();
        if (s.startupSeconds() != null) {
            md.append("Server: started by the harness, JVM options ")
                    .append(s.jvmOptions().isEmpty() ? "none (defaults)" : String.join(" ", s.jvmOptions()))
                    .append("; startup ").append(f1(s.startupSeconds()))
                    .append(" s to ready; RSS ").append(s.rssReadyMb()).append(" MB when ready, ")
                    .append(s.rssPeakMb()).append(" MB peak under load.  \n");
        } else {
            md.append("Server: ").append(s.url()).append(" (external: no startup time or RSS).  \n");
        }
        var seed = r.seed();
        md.append("Seed: ").append(seed.skus()).append(" SKUs x ").append(seed.locations()).append(" locations via ")
                .append(seed.mode()).append(" in ").append(f1(seed.seconds())).append(" s")
                .append(seed.orders() == null ? "" : "; " + seed.orders() + " orders via bench/seed-orders.sql in "
                        + f1(seed.ordersSeconds()) + " s").append(".\n\n");
        md.append("| Scenario | Clients | Orders/s | Requests/s | p50 ms | p95 ms | p99 ms | max ms | Outcomes | ")
                .append("Baseline orders/s | Shipshape / baseline | Processed end to end/s | Backlog, drain s |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|\n");
        for (var sc : r.scenarios()) {
            row(md, sc.name(), sc.clients() + (sc.readers() > 0 ? " + " + sc.readers() + " readers" : ""),
                    f1(sc.ordersPerSecond()), f1(sc.requestsPerSecond()), sc.latencyMs(), outcomes(sc.outcomes()),
                    sc.baselineOrdersPerSecond() == null ? "" : f1(sc.baselineOrdersPerSecond()),
                    sc.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", sc.ratio()));
            var p = sc.processing();
            md.setLength(md.length() - 1); // the row's newline: two more cells
            md.append(p == null ? " | |\n" : " " + f1(p.ordersPerSecond()) + " | " + p.backlogAtEnd() + ", "
                    + f1(p.drainSeconds()) + " |\n");
            sc.reads().forEach((kind, reads) -> row(md, sc.name() + ": " + kind, "", "", f1(reads.requestsPerSecond()),
                    reads.latencyMs(), outcomes(reads.outcomes()), "", "", true));
        }
        for (var b : r.baseline()) {
            row(md, "pgbench " + b.variant() + " (bare SQL)", String.valueOf(b.clients()), f1(b.ordersPerSecond()),
                    "", b.latencyMs(), b.transactions() + " tx, " + b.failed() + " failed", "", "", true);
        }
        if (r.orderList() != null) {
            md.append("\nOrder list, search and order page, one request at a time over ")
                    .append(r.orderList().ordersInDatabase() == null ? "the run's" : r.orderList().ordersInDatabase())
                    .append(" orders:\n\n| Query | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|\n");
            for (var q : r.orderList().queries()) {
                var l = q.latencyMs();
                md.append("| ").append(q.name()).append(" | ").append(q.error() != null ? q.error() + " | | |\n"
                        : f1(l.p50()) + " | " + f1(l.p95()) + " | " + f1(l.max()) + " |\n");
            }
        }
        md.append("\nChecks:\n\n");
        for (var c : r.checks()) {
            md.append("- ").append(c.ok() ? "ok" : "**FAILED**").append(": ").append(c.name())
                    .append(c.detail().isEmpty() ? "" : " (" + c.detail() + ")").append('\n');
        }
        r.notes().forEach(n -> md.append("\nNote: ").append(n).append('\n'));
        return md.toString();
    }

    private static void row(StringBuilder md, String name, String clients, String rate, String requests,
                            Latencies.Summary l, String outcomes, String baseline, String ratio) {
        row(md, name, clients, rate, requests, l, outcomes, baseline, ratio, false);
    }

    private static void row(StringBuilder md, String name, String clients, String rate, String requests,
                            Latencies.Summary l, String outcomes, String baseline, String ratio, boolean emptyTail) {
        md.append("| ").append(name).append(" | ").append(clients).append(" | ").append(rate).append(" | ")
                .append(requests).append(" | ").append(f1(l.p50())).append(" | ").append(f1(l.p95())).append(" | ")
                .append(f1(l.p99())).append(" | ").append(f1(l.max())).append(" | ").append(outcomes).append(" | ")
                .append(baseline).append(" | ").append(ratio).append(emptyTail ? " | | |\n" : " |\n");
    }

    private static String outcomes(Map<String, Long> outcomes) {
        return outcomes.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
