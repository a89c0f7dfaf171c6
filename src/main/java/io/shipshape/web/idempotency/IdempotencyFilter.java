package io.shipshape.web.idempotency;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.shipshape.shared.ProblemType;
import io.shipshape.shared.ResponseHook;
import io.shipshape.web.idempotency.IdempotencyStore.Claimed;
import io.shipshape.web.idempotency.IdempotencyStore.Mismatch;
import io.shipshape.web.idempotency.IdempotencyStore.Replay;
import io.shipshape.web.problems.Problems;
import io.shipshape.web.security.ApiKeyAuthentication;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes every {@code POST /api/**} with an {@code Idempotency-Key} safe to retry (api-v1.md): the same key
 * and body replays the first response with {@code Idempotent-Replayed: true}; a different body gets 422;
 * a retry while the first still runs gets 409. Only a successful (2xx) response uses the key up: a failed
 * request changed nothing, so its key is released and a retry runs afresh.
 *
 * <p>The request runs inside one transaction that also records the response, so "the order was created"
 * and "this key answers with that order" commit together or not at all. Order capture is the exception in form,
 * not in effect: it may commit on the grouped-capture thread, so it declares itself
 * ({@link ResponseHook#commitsItself}) and records the response through the request's {@link ResponseHook} in the
 * transaction that commits the order.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IdempotencyStore store;
    private final TransactionTemplate transactions;
    private final IdempotencyProperties properties;

    IdempotencyFilter(IdempotencyStore store, TransactionTemplate transactions, IdempotencyProperties properties) {
        this.store = store;
        this.transactions = transactions;
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            Problems.write(response, request, ProblemType.INVALID_IDEMPOTENCY_KEY,
                    "Idempotency-Key must be 1 to 255 printable ASCII characters", Map.of());
            return;
        }
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof ApiKeyAuthentication caller)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readBody(request.getInputStream());
        if (body == null) {
            Problems.write(response, request, ProblemType.PAYLOAD_TOO_LARGE,
                    "The body exceeds " + properties.maxBodyBytes() + " bytes", Map.of());
            return;
        }
        String fingerprint = fingerprint(request, body);
        var claim = store.claim(caller.keyId(), key, fingerprint, properties.inFlightTimeout(), properties.retention());
        if (claim instanceof Replay replay) {
            replay(replay, response);
        } else if (claim instanceof Mismatch) {
            Problems.write(response, request, ProblemType.IDEMPOTENCY_KEY_MISMATCH,
                    "Idempotency-Key '" + key + "' was used for a different request", Map.of());
        } else if (claim instanceof Claimed claimed) {
            if (ResponseHook.isSelfCommitting(request.getMethod(), request.getRequestURI())) {
                runSelfCommitting(new CachedBodyRequest(request, body), response, chain, caller, key, claimed);
            } else {
                run(new CachedBodyRequest(request, body), response, chain, caller, key, claimed);
            }
        } else {
            response.setHeader("Retry-After", "1");
            Problems.write(response, request, ProblemType.IDEMPOTENCY_KEY_IN_USE,
                    "A request with Idempotency-Key '" + key + "' is still in progress", Map.of());
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                     ApiKeyAuthentication caller, String key, Claimed claimed) throws IOException, ServletException {
        var captured = new ContentCachingResponseWrapper(response);
        boolean completed;
        try {
            completed = Boolean.TRUE.equals(transactions.execute(tx -> {
                try {
                    chain.doFilter(request, captured);
                } catch (IOException | ServletException e) {
                    throw new IllegalStateException(e);
                }
                int status = captured.getStatus();
                if (status < 200 || status >= 300) {
                    tx.setRollbackOnly();
                    return false;
                }
                String bodyText = new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8);
                if (!store.complete(caller.keyId(), key, claimed.token(), status, captured.getContentType(),
                        captured.getHeader("Location"), bodyText)) {
                    tx.setRollbackOnly();
                    captured.resetBuffer();
                    captured.setStatus(ProblemType.IDEMPOTENCY_KEY_IN_USE.status());
                    writeQuietly(captured, request, key);
                    return null;
                }
                return true;
            }));
        } catch (RuntimeException e) {
            store.release(caller.keyId(), key, claimed.token());
            throw e;
        }
        if (!completed) {
            store.release(caller.keyId(), key, claimed.token());
        }
        captured.copyBodyToResponse();
    }

    /**
     * A route whose handler commits on another thread (grouped order capture): no transaction around the request
     * (the waiting request would hold a connection the committer needs). The handler stores the response through
     * the {@link ResponseHook} in the transaction that commits its effects, and the filter only checks it did.
     */
    private void runSelfCommitting(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                   ApiKeyAuthentication caller, String key, Claimed claimed)
            throws IOException, ServletException {
        var captured = new ContentCachingResponseWrapper(response);
        ResponseHook hook = ResponseHook.open(r -> store.complete(caller.keyId(), key, claimed.token(), r.status(),
                r.contentType(), r.location(), r.body()));
        try {
            chain.doFilter(request, captured);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!hook.committed()) {
                store.release(caller.keyId(), key, claimed.token());
            }
            throw e;
        } finally {
            ResponseHook.close();
        }
        int status = captured.getStatus();
        if (!hook.committed()) {
            if (status >= 200 && status < 300) {
                // The handler stored nothing (it gave the hook no renderer): its effects are committed, so the
                // best left is to store the response right after them.
                transactions.executeWithoutResult(tx -> store.complete(caller.keyId(), key, claimed.token(), status,
                        captured.getContentType(), captured.getHeader("Location"),
                        new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8)));
            } else {
                store.release(caller.keyId(), key, claimed.token());
            }
        }
        captured.copyBodyToResponse();
    }

    private static void writeQuietly(ContentCachingResponseWrapper response, HttpServletRequest request, String key) {
        try {
            Problems.write(response, request, ProblemType.IDEMPOTENCY_KEY_IN_USE,
                    "Another request took over Idempotency-Key '" + key + "'", Map.of());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void replay(Replay replay, HttpServletResponse response) throws IOException {
        response.setStatus(replay.status());
        if (replay.contentType() != null) {
            response.setContentType(replay.contentType());
        }
        if (replay.location() != null) {
            response.setHeader("Location", replay.location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        byte[] bytes = replay.body() == null ? new byte[0] : replay.body().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private byte[] readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(properties.maxBodyBytes() + 1);
        return bytes.length > properties.maxBodyBytes() ? null : bytes;
    }

    /** SHA-256 of method, path and the body as canonical JSON (key order and whitespace do not matter). */
    static String fingerprint(HttpServletRequest request, byte[] body) {
        byte[] canonical;
        try {
            canonical = JSON.writeValueAsBytes(canonicalize(JSON.readValue(body, Object.class)));
        } catch (RuntimeException notJson) {
            canonical = body;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(canonical));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object canonicalize(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), canonicalize(v)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(IdempotencyFilter::canonicalize).toList();
        }
        return value;
    }
}
