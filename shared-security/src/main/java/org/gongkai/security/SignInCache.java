package org.gongkai.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Successful password checks, remembered for a short while. An adaptive hash costs tens of milliseconds on
 * purpose; paying it on every HTTP Basic request would cap a client at a few dozen requests a second. The key is a
 * SHA-256 of user name and password, so the memory holds no password; an entry expires after {@code ttl} and is
 * dropped as soon as the user's account changes.
 */
final class SignInCache {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(SignedInUser user, long expiresAt) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    SignInCache(Duration ttl, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    Optional<SignedInUser> find(String username, String password) {
        String key = key(username, password);
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (nanoTime.getAsLong() - entry.expiresAt() > 0) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.user());
    }

    void remember(String username, String password, SignedInUser user) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear(); // a flood of distinct sign-ins: start again rather than grow without bound
        }
        entries.put(key(username, password), new Entry(user, nanoTime.getAsLong() + ttlNanos));
    }

    void forget(String username) {
        entries.values().removeIf(entry -> entry.user().username().equals(username));
    }

    private static String key(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
