package io.shipshape;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client of the API for tests that run the server on a port. */
public final class HttpApi {

    public record Response(int status, JsonNode body, String replayed) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String key;

    public HttpApi(int port, String key) {
        this.base = "http://127.0.0.1:" + port;
        this.key = key;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response post(String path, String json) {
        return post(path, json, null);
    }

    public Response post(String path, String json, String idempotencyKey) {
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return send(builder);
    }

    public Response put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Creates a warehouse with a fresh code and this priority; returns the code. */
    public String warehouse(int priority) {
        String code = TestData.unique("L");
        expect(201, post("/api/v1/locations", """
                {"code": "%s", "name": "Warehouse %s", "type": "WAREHOUSE", "priority": %d,
                 "address": {"line1": "1 Dock St", "city": "Newark", "postalCode": "07101", "country": "US"}}"""
                .formatted(code, code, priority)));
        return code;
    }

    /** Creates a product with a fresh SKU priced 15.00 USD; returns the SKU. */
    public String product(boolean backorderable) {
        String sku = TestData.unique("SKU");
        expect(201, post("/api/v1/products", """
                {"sku": "%s", "name": "Product %s", "price": {"amount": 1500, "currency": "USD"}, "backorderable": %s}"""
                .formatted(sku, sku, backorderable)));
        return sku;
    }

    /** Records a stock count. */
    public void count(String sku, String location, int onHand) {
        expect(200, put("/api/v1/inventory/" + sku + "/" + location, "{\"onHand\": " + onHand + "}"));
    }

    private static void expect(int status, Response response) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + " but got " + response.status() + ": " + response.body());
        }
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = client.send(builder.header("Authorization", "Bearer " + key)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = r.body().isEmpty() ? null : JSON.readTree(r.body());
            return new Response(r.statusCode(), body, r.headers().firstValue("Idempotent-Replayed").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
