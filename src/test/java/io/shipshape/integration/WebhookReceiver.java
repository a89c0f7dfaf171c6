package io.shipshape.integration;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP webhook receiver on loopback that checks every message the way the Standard Webhooks specification
 * tells receivers to: HMAC-SHA256 over {@code id.timestamp.body} with the base64-decoded secret after
 * {@code whsec_}, compared in constant time against each {@code v1,} signature of the header, and a timestamp
 * within five minutes of now (a retry is signed anew, so it passes however late it comes). {@code answer}
 * decides the status per webhook-id and attempt number (1-based); only messages answered 2xx count as received.
 */
final class WebhookReceiver implements AutoCloseable {

    record Message(String id, long timestamp, String signatureHeader, String body, int answeredWith) {
    }

    static final long TOLERANCE_SECONDS = 300;

    private final HttpServer server;
    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final List<Message> all = new CopyOnWriteArrayList<>();
    private final List<String> badSignatures = new CopyOnWriteArrayList<>();
    private volatile BiFunction<String, Integer, Integer> answer = (id, n) -> 200;

    WebhookReceiver() throws IOException {
        this(0);
    }

    WebhookReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            long timestamp = Long.parseLong(exchange.getRequestHeaders().getFirst("webhook-timestamp"));
            String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
            int status;
            if (!verifies(id, timestamp, body, signatures)) {
                badSignatures.add(id);
                status = 401;
            } else {
                int n = attempts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                status = answer.apply(id, n);
            }
            all.add(new Message(id, timestamp, signatures, body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    int port() {
        return server.getAddress().getPort();
    }

    void trust(String secret) {
        secrets.add(secret);
    }

    void answer(BiFunction<String, Integer, Integer> answer) {
        this.answer = answer;
    }

    /** Messages answered 2xx, per webhook-id. */
    Map<String, List<Message>> received() {
        Map<String, List<Message>> byId = new ConcurrentHashMap<>();
        for (Message m : all) {
            if (m.answeredWith() / 100 == 2) {
                byId.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(m);
            }
        }
        return byId;
    }

    List<Message> all() {
        return all;
    }

    int attempts(String id) {
        AtomicInteger n = attempts.get(id);
        return n == null ? 0 : n.get();
    }

    List<String> badSignatures() {
        return badSignatures;
    }

    private boolean verifies(String id, long timestamp, String body, String header) {
        if (id == null || header == null) {
            return false;
        }
        // As the specification tells receivers: a timestamp more than five minutes off is a replay, refused.
        if (Math.abs(System.currentTimeMillis() / 1000 - timestamp) > TOLERANCE_SECONDS) {
            return false;
        }
        for (String secret : secrets) {
            byte[] expected = Base64.getEncoder().encode(hmac(secret, id + "." + timestamp + "." + body));
            for (String part : header.split(" ")) {
                if (part.startsWith("v1,") && MessageDigest.isEqual(expected,
                        part.substring(3).getBytes(StandardCharsets.US_ASCII))) {
                    return true;
                }
            }
        }
        return false;
    }

    static byte[] hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
