import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Order list, search and order page latency over HTTP against a running server (seed a large database first
 * with bench/seed-orders.sql). Each query runs R times after a warm-up; prints p50/p95/max per query.
 * A measurement, not a test.
 *
 * <pre>java bench/OrderListBench.java http://localhost:8080 &lt;admin api key&gt; &lt;admin password&gt; [runs]</pre>
 */
public class OrderListBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        String password = args.length > 2 ? args[2] : null;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        String first = get(http, base + "/api/v1/orders?limit=50", key);
        String cursor = field(first, "nextCursor");
        String id = field(first, "id");
        String number = field(first, "number");
        String email = field(first, "customerEmail");
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("API list, first page (50)", "/api/v1/orders?limit=50");
        queries.put("API list, next page", "/api/v1/orders?limit=50&cursor=" + cursor);
        queries.put("API list, status=PENDING", "/api/v1/orders?limit=50&status=PENDING");
        queries.put("API list, channel=PHONE", "/api/v1/orders?limit=50&channel=PHONE");
        queries.put("API search, order number", "/api/v1/orders?limit=50&q=" + enc(number));
        queries.put("API search, customer email", "/api/v1/orders?limit=50&q=" + enc(email));
        queries.put("API search, name contains 'zoe'", "/api/v1/orders?limit=50&q=zoe");
        queries.put("API search, rare name 'quinn walsh'", "/api/v1/orders?limit=50&q=" + enc("quinn walsh"));
        queries.put("API filter, sku", "/api/v1/orders?limit=50&sku=BENCH-42");
        queries.put("API order by id", "/api/v1/orders/" + id);
        boolean admin = password != null && signIn(http, base, password);
        if (admin) {
            queries.put("Back office list page (with status counts)", "/admin/orders");
            queries.put("Back office search by name", "/admin/orders?q=zoe");
            queries.put("Back office order page", "/admin/orders/" + id);
        }
        System.out.printf("%-45s %9s %9s %9s%n", "query", "p50 ms", "p95 ms", "max ms");
        for (var q : queries.entrySet()) {
            boolean isAdmin = q.getValue().startsWith("/admin");
            for (int i = 0; i < 3; i++) {
                time(http, base + q.getValue(), isAdmin ? null : key);
            }
            long[] t = new long[runs];
            for (int i = 0; i < runs; i++) {
                t[i] = time(http, base + q.getValue(), isAdmin ? null : key);
            }
            Arrays.sort(t);
            System.out.printf("%-45s %9.1f %9.1f %9.1f%n", q.getKey(), t[runs / 2] / 1e6,
                    t[(int) Math.ceil(runs * 0.95) - 1] / 1e6, t[runs - 1] / 1e6);
        }
    }

    private static long time(HttpClient http, String url, String key) throws Exception {
        long t0 = System.nanoTime();
        String body = get(http, url, key);
        long t = System.nanoTime() - t0;
        if (body.isEmpty()) {
            throw new IllegalStateException("empty answer from " + url);
        }
        return t;
    }

    private static String get(HttpClient http, String url, String key) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static boolean signIn(HttpClient http, String base, String password) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            return false;
        }
        String form = "username=admin&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 302 && !r.headers().firstValue("Location").orElse("").contains("error");
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : "";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
