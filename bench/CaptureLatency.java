import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * Sequential capture latency against a running Shipshape server: creates a location and a product with
 * plenty of stock, then captures N one-line orders one after another (each with an Idempotency-Key, as an
 * integrating shop would send them) and prints p50/p90/p99/max and orders/s. A measurement, not a test.
 *
 * <pre>java bench/CaptureLatency.java http://localhost:8080 &lt;admin api key&gt; 3000</pre>
 */
public class CaptureLatency {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String key = args.length > 1 ? args[1] : System.getenv("SHIPSHAPE_API_KEY");
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        int warmup = Math.min(500, n / 5);
        HttpClient http = HttpClient.newHttpClient();
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        String loc = "BENCH-" + run;
        String sku = "BENCH-SKU-" + run;
        send(http, base, key, "POST", "/api/v1/locations", "{\"code\":\"" + loc + "\",\"name\":\"Bench\",\"type\":"
                + "\"WAREHOUSE\",\"priority\":1,\"address\":{\"line1\":\"1 Bench St\",\"city\":\"Newark\","
                + "\"postalCode\":\"07101\",\"country\":\"US\"}}", null, 201);
        send(http, base, key, "POST", "/api/v1/products", "{\"sku\":\"" + sku + "\",\"name\":\"Bench item\","
                + "\"price\":{\"amount\":1999,\"currency\":\"USD\"}}", null, 201);
        send(http, base, key, "PUT", "/api/v1/inventory/" + sku + "/" + loc, "{\"onHand\":10000000}", null, 200);

        long[] nanos = new long[n];
        long start = 0;
        for (int i = -warmup; i < n; i++) {
            if (i == 0) {
                start = System.nanoTime();
            }
            String body = "{\"channel\":\"WEB\",\"customer\":{\"email\":\"bench" + (i & 1023) + "@example.com\","
                    + "\"name\":\"Bench Buyer\"},\"shippingAddress\":{\"line1\":\"1 Main\",\"city\":\"Boston\","
                    + "\"postalCode\":\"02101\",\"country\":\"US\"},\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}";
            long t0 = System.nanoTime();
            send(http, base, key, "POST", "/api/v1/orders", body, run + "-" + i, 201);
            if (i >= 0) {
                nanos[i] = System.nanoTime() - t0;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        System.out.printf("captures=%d (after %d warm-up)  orders/s=%.0f  p50=%.2fms  p90=%.2fms  p99=%.2fms  max=%.2fms%n",
                n, warmup, n / seconds, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[n - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static void send(HttpClient http, String base, String key, String method, String path, String json,
                             String idempotencyKey, int expected) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " -> " + r.statusCode() + ": " + r.body());
        }
    }
}
