package org.gongkai.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gongkai.events.user.UserRole;

/**
 * The front door's word for a signed-in user, sent with each write it passes to the command service (ADR 0010,
 * 0019), signed and verified here, by both sides with one secret:
 * {@code v2.<user>.<role>.<agency>.<client address>.<purpose>.<method>.<target>.<body SHA-256>.<nonce>.<expiry>.<mac>},
 * texts base64url-encoded, the expiry in epoch seconds, the MAC an HMAC-SHA256 over everything before it.
 *
 * <p>It is bound to one request: method, target (path and query as sent) and body hash must match the request
 * that carries it, it expires after {@link #LIFETIME}, and its nonce is accepted once, so a captured assertion
 * cannot be replayed for another write nor for the same one. {@link Purpose#AUTHORED} says the front door wrote
 * the body itself (a publication's snapshot); a client's body it merely passes on is {@link Purpose#FORWARDED}.
 */
public final class PrincipalAssertion {

    public static final String HEADER = "X-Gongkai-Principal";
    public static final Duration LIFETIME = Duration.ofSeconds(30);

    /** Whose body the request carries. */
    public enum Purpose {
        /** The client's own body, passed on unchanged. */
        FORWARDED,
        /** A body the front door composed (the snapshot of a publication or submission). */
        AUTHORED
    }

    /** The request an assertion is made for: method, target (raw path and query) and the SHA-256 of the body. */
    public record Request(String method, String target, String bodyHash) {

        public static Request of(String method, String path, String query, byte[] body) {
            return new Request(method, query == null || query.isEmpty() ? path : path + "?" + query, sha256(body));
        }
    }

    /** A verified assertion: who, from which client address, and whose body. */
    public record Verified(SignedInUser user, String clientAddress, Purpose purpose) {}

    private static final int PARTS = 12;
    private static final int MAX_REMEMBERED_NONCES = 200_000;
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] secret;
    private final Clock clock;
    /** Nonces accepted and still unexpired (epoch second of expiry): a second use of one is a replay. */
    private final Map<String, Long> usedNonces = new ConcurrentHashMap<>();

    public PrincipalAssertion(String secret, Clock clock) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the internal secret must not be blank");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    public String sign(SignedInUser user, String clientAddress, Purpose purpose, Request request) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String signed = String.join(
                ".",
                "v2",
                encode(user.username()),
                user.role().name(),
                encode(user.agencyId() == null ? "" : user.agencyId()),
                encode(clientAddress),
                purpose.name(),
                encode(request.method()),
                encode(request.target()),
                request.bodyHash(),
                ENCODE.encodeToString(nonce),
                Long.toString(clock.instant().plus(LIFETIME).getEpochSecond()));
        return signed + "." + ENCODE.encodeToString(mac(signed));
    }

    /** Empty unless the MAC holds, it has not expired, it was made for {@code request}, and it is its first use. */
    public Optional<Verified> verify(String assertion, Request request) {
        String[] parts = assertion.split("\\.", -1);
        if (parts.length != PARTS || !parts[0].equals("v2")) {
            return Optional.empty();
        }
        byte[] given;
        try {
            given = DECODE.decode(parts[11]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(mac(assertion.substring(0, assertion.lastIndexOf('.'))), given)) {
            return Optional.empty();
        }
        try {
            long expiry = Long.parseLong(parts[10]);
            long now = clock.instant().getEpochSecond();
            if (expiry < now
                    || !text(parts[6]).equals(request.method())
                    || !text(parts[7]).equals(request.target())
                    || !parts[8].equals(request.bodyHash())
                    || !firstUse(parts[9], expiry, now)) {
                return Optional.empty();
            }
            String agency = text(parts[3]);
            return Optional.of(new Verified(
                    new SignedInUser(text(parts[1]), UserRole.valueOf(parts[2]), agency.isEmpty() ? null : agency),
                    text(parts[4]),
                    Purpose.valueOf(parts[5])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private boolean firstUse(String nonce, long expiry, long now) {
        if (usedNonces.size() > MAX_REMEMBERED_NONCES / 2) {
            for (Iterator<Long> expiries = usedNonces.values().iterator(); expiries.hasNext(); ) {
                if (expiries.next() < now) {
                    expiries.remove();
                }
            }
            if (usedNonces.size() > MAX_REMEMBERED_NONCES) {
                return false; // more live assertions than the front door can make: refuse rather than forget one
            }
        }
        return usedNonces.putIfAbsent(nonce, expiry) == null;
    }

    static String sha256(byte[] body) {
        try {
            return ENCODE.encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(body == null ? new byte[0] : body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String encode(String value) {
        return ENCODE.encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(String encoded) {
        return new String(DECODE.decode(encoded), StandardCharsets.UTF_8);
    }

    private byte[] mac(String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
