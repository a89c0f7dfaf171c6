package io.shipshape.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's HTTP client of the Shipshape API: one shared {@link HttpClient} (HTTP/1.1, a pooled connection
 * per concurrent caller), bearer key on every call, and the time each call took. Transport failures surface as
 * {@link IOException} so that load workers can count them by type.
 */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();

    record Response(int status, String body, long nanos) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            return body == null || body.isEmpty() ? JSON.missingNode() : JSON.readTree(body);
        }

        /** "ok", the problem's {@code type} without "/problems/", or "http-<status>" when the answer is no problem. */
        String outcome() {
            if (ok()) {
                return "ok";
            }
            try {
                String type = json().path("type").asString("");
                if (!type.isEmpty()) {
                    return type.substring(type.lastIndexOf('/') + 1);
                }
            } catch (RuntimeException notJson) {
                // fall through
            }
            return "http-" + status;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String key;

    Api(String base, String key) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.key = key;
    }

    String base() {
        return base;
    }

    Response get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Response post(String path, String json, String idempotencyKey) throws IOException, InterruptedException {
        var b = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return send(b);
    }

    Response put(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Like the others but for set-up steps: anything but the expected status is a failure of the run. */
    Response expect(int status, Response r, String what) {
        if (r.status() != status) {
            throw new IllegalStateException(what + " -> " + r.status() + ": " + r.body());
        }
        return r;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + key);
    }

    private Response send(HttpRequest.Builder b) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.body(), System.nanoTime() - t0);
    }
}
