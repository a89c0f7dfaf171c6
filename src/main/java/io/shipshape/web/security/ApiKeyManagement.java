package io.shipshape.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.Times;
import io.shipshape.web.security.ApiKeyRepository.StoredKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, lists, verifies and revokes API keys. A key is {@code ss_} plus 32 random bytes; only its SHA-256
 * is stored (a key has 256 bits of entropy, so a fast hash is safe and keeps every request cheap). The key
 * itself is shown once, in the answer to its creation.
 *
 * <p>Verified keys are cached for a few seconds so the hot path does not query per request; revoking on
 * this instance drops the key from the cache at once, other instances within {@link #CACHE_TTL}.
 */
@Service
public class ApiKeyManagement {

    static final Duration CACHE_TTL = Duration.ofSeconds(10);
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    public record ApiKeyView(UUID id, String name, String prefix, List<String> scopes, Instant createdAt,
                             String createdBy, Instant revokedAt, Instant lastUsedAt) {
    }

    public record CreatedApiKey(ApiKeyView key, String secret) {
    }

    /** The identity of a verified key, as the security filter needs it. */
    public record Verified(UUID id, String name, Set<Scope> scopes) {
    }

    private record Cached(Verified verified, Instant expires) {
    }

    private final ApiKeyRepository keys;
    private final IdGenerator ids;
    private final Clock clock;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<UUID, Instant> lastTouched = new ConcurrentHashMap<>();

    ApiKeyManagement(ApiKeyRepository keys, IdGenerator ids, Clock clock) {
        this.keys = keys;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public CreatedApiKey create(String name, Set<Scope> scopes, String createdBy) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return store(name, scopes, createdBy, "ss_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Stores a key whose secret was chosen outside (the bootstrap key of a new installation). */
    @Transactional
    public CreatedApiKey createWithSecret(String name, Set<Scope> scopes, String createdBy, String secret) {
        if (secret.length() < 16) {
            throw InvalidRequest.of("secret", "an API key must be at least 16 characters");
        }
        return store(name, scopes, createdBy, secret);
    }

    private CreatedApiKey store(String name, Set<Scope> scopes, String createdBy, String secret) {
        if (scopes.isEmpty()) {
            throw InvalidRequest.of("scopes", "at least one scope is required");
        }
        String prefix = secret.substring(0, Math.min(secret.length(), 10));
        StoredKey key = new StoredKey(ids.next(), name, prefix, Set.copyOf(scopes), Times.now(clock), createdBy,
                null, null);
        keys.insert(key, hash(secret));
        return new CreatedApiKey(view(key), secret);
    }

    public List<ApiKeyView> list() {
        return keys.findAll().stream().map(ApiKeyManagement::view).toList();
    }

    public ApiKeyView get(UUID id) {
        return keys.findById(id).map(ApiKeyManagement::view).orElseThrow(() -> new NotFound("API key", id));
    }

    @Transactional
    public ApiKeyView revoke(UUID id) {
        StoredKey key = keys.findById(id).orElseThrow(() -> new NotFound("API key", id));
        keys.revoke(id, Times.now(clock));
        cache.values().removeIf(c -> c.verified().id().equals(id));
        return get(key.id());
    }

    public boolean anyExists() {
        return keys.count() > 0;
    }

    /** The key's identity if the secret belongs to an active key. */
    public Optional<Verified> verify(String secret) {
        String hash = hash(secret);
        Instant now = clock.instant();
        Cached cached = cache.get(hash);
        if (cached != null && cached.expires().isAfter(now)) {
            return Optional.of(cached.verified());
        }
        Optional<Verified> verified = keys.findByHash(hash).filter(StoredKey::active)
                .map(k -> new Verified(k.id(), k.name(), Scope.expand(k.scopes())));
        verified.ifPresentOrElse(v -> {
            cache.put(hash, new Cached(v, now.plus(CACHE_TTL)));
            touch(v.id(), now);
        }, () -> cache.remove(hash));
        return verified;
    }

    private void touch(UUID id, Instant now) {
        Instant last = lastTouched.get(id);
        if (last == null || last.plus(TOUCH_EVERY).isBefore(now)) {
            lastTouched.put(id, now);
            keys.touch(id, Times.now(clock));
        }
    }

    static String hash(String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiKeyView view(StoredKey k) {
        return new ApiKeyView(k.id(), k.name(), k.prefix(), k.scopes().stream().map(Scope::value).sorted().toList(),
                k.createdAt(), k.createdBy(), k.revokedAt(), k.lastUsedAt());
    }
}
