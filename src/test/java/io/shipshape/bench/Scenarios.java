package io.shipshape.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

import io.shipshape.bench.LoadDriver.Worker;
import tools.jackson.databind.JsonNode;

/**
 * The four load scenarios as closed-loop workers. {@code uniform}: 1-5 lines of random SKUs; {@code hot}: every
 * order also holds the hot SKU; {@code flash}: every order holds the flash SKU, whose few units run out
 * mid-run; {@code mixed}: uniform captures while readers list, search and open recent orders. Every accepted
 * order's allocations are tallied per (SKU, location), for the oversell check afterwards.
 */
final class Scenarios {

    /** A captured order that readers can look up. */
    record Recent(String id, String number, String email, String name) {
    }

    private final Api api;
    private final BenchData data;
    private final String tag;
    private final Map<String, LongAdder> allocated = new ConcurrentHashMap<>();
    private final LongAdder transportErrors = new LongAdder();
    private final AtomicReferenceArray<Recent> recent = new AtomicReferenceArray<>(1024);
    private final AtomicLong recentCount = new AtomicLong();

    Scenarios(Api api, BenchData data, String tag) {
        this.api = api;
        this.data = data;
        this.tag = tag;
    }

    /** Units of accepted orders per "sku@location", as the 201 answers allocated them. */
    Map<String, Long> allocated() {
        Map<String, Long> copy = new ConcurrentHashMap<>();
        allocated.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    /** Captures whose answer never arrived (their effect is unknown). */
    long transportErrors() {
        return transportErrors.sum();
    }

    /** The workers of a scenario: its capture clients, and for mixed the readers too. */
    List<Worker> workers(String scenario, int clients, int readers) {
        String fixed = switch (scenario) {
            case "hot" -> data.hotSku();
            case "flash" -> data.flashSku();
            default -> null;
        };
        List<Worker> workers = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            workers.add(capture(scenario, t, fixed));
        }
        for (int t = 0; scenario.equals("mixed") && t < readers; t++) {
            workers.add(reader(t));
        }
        return workers;
    }

    private Worker capture(String scenario, int thread, String fixedSku) {
        Random random = new Random(31L * thread + scenario.hashCode());
        long[] seq = {0};
        return recorder -> {
            String id = tag + "-" + scenario + "-" + thread + "-" + seq[0]++;
            int customer = random.nextInt(BenchData.CUSTOMERS);
            String body = BenchData.orderJson(id, customer, data.lines(random, fixedSku));
            try {
                Api.Response r = api.post("/api/v1/orders", body, id);
                recorder.record("capture", r.nanos(), r.outcome());
                if (r.status() == 201) {
                    accepted(r.json(), customer);
                }
            } catch (IOException e) {
                transportErrors.increment();
                recorder.failed("capture", "transport-" + e.getClass().getSimpleName());
                Thread.sleep(10);
            }
        };
    }

    private void accepted(JsonNode order, int customer) {
        for (JsonNode line : order.path("lines")) {
            for (JsonNode a : line.path("allocations")) {
                allocated.computeIfAbsent(line.path("sku").asString() + "@" + a.path("location").asString(),
                        k -> new LongAdder()).add(a.path("quantity").asInt());
            }
        }
        long n = recentCount.getAndIncrement();
        recent.set((int) (n % recent.length()), new Recent(order.path("id").asString(),
                order.path("number").asString(), BenchData.email(customer), BenchData.name(customer)));
    }

    /** Cycles through list (first page, by status), search (number, email, name) and read (order by id). */
    private Worker reader(int thread) {
        Random random = new Random(7L * thread);
        long[] seq = {thread};
        return recorder -> {
            long n = recentCount.get();
            Recent r = n == 0 ? null : recent.get(random.nextInt((int) Math.min(n, recent.length())));
            int step = (int) (seq[0]++ % 6);
            String kind = step < 2 || r == null ? "list" : step < 5 ? "search" : "read";
            String path = switch (r == null ? step % 2 : step) {
                case 0 -> "/api/v1/orders?limit=50";
                case 1 -> "/api/v1/orders?limit=50&status=PENDING";
                case 2 -> "/api/v1/orders?limit=50&q=" + enc(r.number());
                case 3 -> "/api/v1/orders?limit=50&q=" + enc(r.email());
                case 4 -> "/api/v1/orders?limit=50&q=" + enc(r.name().split(" ")[0].toLowerCase(Locale.ROOT));
                default -> "/api/v1/orders/" + r.id();
            };
            try {
                Api.Response resp = api.get(path);
                recorder.record(kind, resp.nanos(), resp.outcome());
            } catch (IOException e) {
                recorder.failed(kind, "transport-" + e.getClass().getSimpleName());
                Thread.sleep(10);
            }
        };
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
