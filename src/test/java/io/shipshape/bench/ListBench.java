package io.shipshape.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Order list, search and order page latency, one request at a time (no other load): the queries of the former
 * bench/OrderListBench, each run {@code runs} times after 3 untimed runs, over whatever orders the database
 * holds (those the run captured, or a million with --orders-1m). Back-office pages are timed when the staff
 * password is known and the page exists.
 */
final class ListBench {

    record Query(String name, String path, Latencies.Summary latencyMs, String error) {
    }

    private final Api api;
    private final String adminPassword;
    private final String sku;

    ListBench(Api api, String adminPassword, String sku) {
        this.api = api;
        this.adminPassword = adminPassword;
        this.sku = sku;
    }

    List<Query> run(int runs) throws Exception {
        JsonNode first = api.expect(200, api.get("/api/v1/orders?limit=50"), "order list").json();
        JsonNode top = first.path("items").path(0);
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("API list, first page (50)", "/api/v1/orders?limit=50");
        if (!first.path("nextCursor").isNull() && !first.path("nextCursor").isMissingNode()) {
            queries.put("API list, next page", "/api/v1/orders?limit=50&cursor="
                    + Scenarios.enc(first.path("nextCursor").asString()));
        }
        queries.put("API list, status=PENDING", "/api/v1/orders?limit=50&status=PENDING");
        queries.put("API list, channel=PHONE", "/api/v1/orders?limit=50&channel=PHONE");
        queries.put("API search, order number", "/api/v1/orders?limit=50&q="
                + Scenarios.enc(top.path("number").asString()));
        queries.put("API search, customer email", "/api/v1/orders?limit=50&q="
                + Scenarios.enc(top.path("customerEmail").asString()));
        queries.put("API search, name contains 'zoe'", "/api/v1/orders?limit=50&q=zoe");
        queries.put("API search, rare name 'quinn walsh'", "/api/v1/orders?limit=50&q=" + Scenarios.enc("quinn walsh"));
        queries.put("API filter, sku", "/api/v1/orders?limit=50&sku=" + Scenarios.enc(sku));
        queries.put("API order by id", "/api/v1/orders/" + top.path("id").asString());
        List<Query> results = new ArrayList<>();
        for (var q : queries.entrySet()) {
            results.add(time(q.getKey(), q.getValue(), runs, path -> api.get(path)));
        }
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        if (adminPassword != null && signIn(browser)) {
            Fetch page = path -> {
                long t0 = System.nanoTime();
                var r = browser.send(HttpRequest.newBuilder(URI.create(api.base() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                return new Api.Response(r.statusCode(), r.body(), System.nanoTime() - t0);
            };
            if (page.get("/admin/orders").status() == 200) {
                results.add(time("Back office order list", "/admin/orders", runs, page));
                results.add(time("Back office search by name", "/admin/orders?q=zoe", runs, page));
                results.add(time("Back office order page", "/admin/orders/" + top.path("id").asString(), runs, page));
            }
        }
        return results;
    }

    private interface Fetch {
        Api.Response get(String path) throws Exception;
    }

    private static Query time(String name, String path, int runs, Fetch fetch) throws Exception {
        Latencies latencies = new Latencies();
        for (int i = -3; i < runs; i++) {
            Api.Response r = fetch.get(path);
            if (r.status() != 200) {
                return new Query(name, path, latencies.summary(), "HTTP " + r.status());
            }
            if (i >= 0) {
                latencies.add(r.nanos());
            }
        }
        return new Query(name, path, latencies.summary(), null);
    }

    private boolean signIn(HttpClient browser) throws Exception {
        String page = browser.send(HttpRequest.newBuilder(URI.create(api.base() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            return false;
        }
        String form = "username=admin&password=" + Scenarios.enc(adminPassword) + "&_csrf=" + Scenarios.enc(m.group(1));
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create(api.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 302 && !r.headers().firstValue("Location").orElse("").contains("error");
    }
}
